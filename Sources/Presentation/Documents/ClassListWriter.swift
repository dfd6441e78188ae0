import Foundation
import Guidance
import Localization
import Profiles

/// Writes a class list pupil by pupil in any format, the same bytes as `ClassList.render` gives for the
/// whole, so that an output of a hundred thousand pupils is never held as one string.
///
/// Bytes go to `emit` in pieces of about a megabyte (`ChunkedOutput`); `finish()` writes the end and the last piece.
public struct ClassListWriter {
    private let format: OutputFormat
    private let names: Names
    private var output: ChunkedOutput
    private var pupils = 0
    /// The last byte written, so a caller can end the output with a line break as `printRendered` does.
    public var lastByte: UInt8? { output.lastByte }

    public init(format: OutputFormat, names: Names, emit: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.format = format
        self.names = names
        output = ChunkedOutput(emit: emit)
        if format == .csv {
            let words = names.words
            output.appendCSVHeader([words.student, words.grade, words.region] + SpecialtyRecommendations.csvHeader(words))
        }
    }

    /// One pupil's part, rendered on any thread (`piece(of:format:)`) and written in order (`add(_:)`).
    public struct Piece: Sendable {
        fileprivate var bytes: [UInt8]
    }

    /// Renders one pupil's part for a writer of `format`.
    public static func piece(of pupil: SpecialtyRecommendations, format: OutputFormat) throws -> Piece {
        switch format {
        case .csv:
            // Each pupil's rows are exactly their own `recommend --student` rows, after who they are.
            let who = [CSVText.formulaSafe(pupil.student.id), pupil.student.stage.year.map(String.init) ?? "",
                       CSVText.formulaSafe(pupil.student.regionID)]
            var bytes: [UInt8] = []
            for row in pupil.csvRows { CSVText.appendLine(who + row.map(\.field), ending: "\r\n", to: &bytes) }
            return Piece(bytes: bytes)
        case .json:
            return Piece(bytes: try ChunkedOutput.jsonElement(pupil.document))
        case .table:
            return Piece(bytes: Array(pupil.summaryTable.utf8))
        }
    }

    /// Writes one pupil's part.
    public mutating func add(_ pupil: SpecialtyRecommendations) throws {
        try add(Self.piece(of: pupil, format: format))
    }

    /// Writes one pupil's part rendered beforehand.
    public mutating func add(_ piece: Piece) throws {
        switch format {
        case .csv: output.append(piece.bytes)
        case .json: output.appendJSONElement(rendered: piece.bytes)
        case .table:
            if pupils > 0 { output.append("\n") }
            output.append(piece.bytes)
        }
        pupils += 1
        try output.flushIfFull()
    }

    /// Writes the end of the output and whatever is still buffered.
    public mutating func finish() throws {
        switch format {
        case .csv: break
        case .json: try output.finishJSONArray(of: SpecialtyRecommendations.Document.self)
        case .table: if pupils == 0 { output.append(names.words.noResults) }
        }
        try output.flush()
    }
}
