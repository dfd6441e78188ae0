import Foundation
import Guidance
import Localization
import Profiles

/// Writes a class list pupil by pupil in any format, the same bytes as `ClassList.render` gives for the
/// whole, so that an output of a hundred thousand pupils is never held as one string.
///
/// Bytes go to `emit` in pieces of about a megabyte; `finish()` writes the end and the last piece.
public struct ClassListWriter {
    private let format: OutputFormat
    private let names: Names
    private let emit: (UnsafeRawBufferPointer) throws -> Void
    private var buffer: [UInt8] = []
    private var pupils = 0
    /// The last byte written, so a caller can end the output with a line break as `printRendered` does.
    public private(set) var lastByte: UInt8?

    private static let flushAt = 1 << 20

    public init(format: OutputFormat, names: Names, emit: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.format = format
        self.names = names
        self.emit = emit
        buffer.reserveCapacity(Self.flushAt + (1 << 16))
        if format == .csv {
            let words = names.words
            buffer.append(contentsOf: CSVText.byteOrderMark.utf8)
            let header = [words.student, words.grade, words.region] + SpecialtyRecommendations.csvHeader(words)
            CSVText.appendLine(header.map(CSVText.formulaSafe), ending: "\r\n", to: &buffer)
        }
    }

    /// Writes one pupil's part.
    public mutating func add(_ pupil: SpecialtyRecommendations) throws {
        switch format {
        case .csv:
            // Each pupil's rows are exactly their own `recommend --student` rows, after who they are.
            let who = [CSVText.formulaSafe(pupil.student.id), pupil.student.stage.year.map(String.init) ?? "",
                       CSVText.formulaSafe(pupil.student.regionID)]
            for row in pupil.csvRows { CSVText.appendLine(who + row.map(\.field), ending: "\r\n", to: &buffer) }
        case .json:
            // The whole list's pretty-printed array: each element's own lines, indented one level.
            buffer.append(contentsOf: (pupils == 0 ? "[\n" : ",\n").utf8)
            let element = try jsonText(pupil.document)
            for (index, line) in element.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                if index > 0 { buffer.append(UInt8(ascii: "\n")) }
                if !line.isEmpty { buffer.append(contentsOf: "  ".utf8) }
                buffer.append(contentsOf: line)
            }
        case .table:
            if pupils > 0 { buffer.append(UInt8(ascii: "\n")) }
            buffer.append(contentsOf: pupil.summaryTable.utf8)
        }
        pupils += 1
        if buffer.count >= Self.flushAt { try flush() }
    }

    /// Writes the end of the output and whatever is still buffered.
    public mutating func finish() throws {
        switch format {
        case .csv: break
        case .json: buffer.append(contentsOf: (pupils == 0 ? try jsonText([SpecialtyRecommendations.Document]()) : "\n]").utf8)
        case .table: if pupils == 0 { buffer.append(contentsOf: names.words.noResults.utf8) }
        }
        try flush()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        lastByte = buffer.last
        try buffer.withUnsafeBytes { try emit($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
