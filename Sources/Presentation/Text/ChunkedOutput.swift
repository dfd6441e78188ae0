import Foundation
import Profiles

/// Output written piece by piece: bytes gather in a buffer of about a megabyte that goes to `emit`
/// whenever a writer calls `flushIfFull()` past that size, so an output of any length is never held
/// whole. Each append gives the bytes the whole-string rendering gives for the same part.
public struct ChunkedOutput {
    private let emit: (UnsafeRawBufferPointer) throws -> Void
    private var buffer: [UInt8] = []
    private var jsonElements = 0
    /// The last byte handed on, so a caller can end the output with a line break as `printRendered` does.
    public private(set) var lastByte: UInt8?

    private let flushAt: Int

    /// - Parameter emit: Takes each piece; the bytes are valid only during the call.
    public init(emit: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.init(flushAt: 1 << 20, emit: emit)
    }

    /// Pieces of `flushAt` bytes or more (a test cuts its output into many).
    init(flushAt: Int, emit: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.emit = emit
        self.flushAt = flushAt
        buffer.reserveCapacity(min(flushAt, 1 << 20) + (1 << 16))
    }

    public mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    public mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// The byte order mark and the header line, as `CSVTable.text` begins.
    public mutating func appendCSVHeader(_ header: [String]) {
        append(CSVText.byteOrderMark)
        appendCSVLine(header.map(CSVText.formulaSafe))
    }

    /// One row of typed cells, as `CSVTable.text` writes it.
    public mutating func appendCSVRow(_ row: [CSVCell]) { appendCSVLine(row.map(\.field)) }

    /// One line of fields already neutralised against formulas, quoted on their bytes, ending in CRLF.
    public mutating func appendCSVLine(_ fields: [String]) { CSVText.appendLine(fields, ending: "\r\n", to: &buffer) }

    /// One element of a JSON array: the lines `jsonText` of the whole array gives for it, indented one level.
    /// End the array with `finishJSONArray(of:)`.
    public mutating func appendJSONElement(_ element: some Encodable) throws {
        appendJSONElement(rendered: try Self.jsonElement(element))
    }

    /// An element rendered beforehand by `jsonElement(_:)` (on another thread, say).
    public mutating func appendJSONElement(rendered element: [UInt8]) {
        append(jsonElements == 0 ? "[\n" : ",\n")
        buffer.append(contentsOf: element)
        jsonElements += 1
    }

    /// The bytes `appendJSONElement` adds for `element`, after the separator: its `jsonText` indented one level.
    public static func jsonElement(_ element: some Encodable) throws -> [UInt8] {
        let text = try jsonText(element)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 5 / 4)
        for (index, line) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\n")) }
            if !line.isEmpty { bytes.append(contentsOf: "  ".utf8) }
            bytes.append(contentsOf: line)
        }
        return bytes
    }

    /// Closes the array begun by `appendJSONElement`, or writes an empty one as `jsonText` does.
    public mutating func finishJSONArray<Element: Encodable>(of _: Element.Type) throws {
        append(jsonElements == 0 ? try jsonText([Element]()) : "\n]")
    }

    /// Hands the buffer on once it holds a megabyte or more; writers call it after each record.
    public mutating func flushIfFull() throws {
        if buffer.count >= flushAt { try flush() }
    }

    /// Hands on whatever is buffered; call it once at the end.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        lastByte = buffer.last
        try buffer.withUnsafeBytes { try emit($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
