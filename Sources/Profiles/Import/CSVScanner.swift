/// Splits a CSV file into rows as `CSVRecordReader` needs them, a block at a time: quoted fields with
/// separators, quotes (`""`) and line breaks; LF, CRLF or CR line ends; the line each row starts on. A
/// field past `ImportLimits.fieldBytes` or a row past `ImportLimits.recordBytes` refuses its row, which
/// is then read to its end without being kept.
struct CSVScanner: ~Copyable {
    /// One row: its fields' bytes, or why it is refused (and in which column, counted from 0).
    struct Row {
        var line: Int
        var fields: [[UInt8]]
        var refusal: (reason: ImportProblem.Reason, column: Int)?
    }

    private var bytes: FileBytes
    var separator = UInt8(ascii: ",")
    /// The line the next row starts on.
    private(set) var line = 1
    /// Whether a `;`, and a `,`, stood outside quotes since `startCountingSeparators()` (the header's tell
    /// the separator: `CSVRecordReader.separator`).
    private(set) var sawSemicolon = false, sawComma = false

    init?(path: String) {
        guard let bytes = FileBytes(path: path) else { return nil }
        self.bytes = bytes
        if self.bytes.peek() == 0xEF {  // a byte-order mark
            for expected: UInt8 in [0xEF, 0xBB, 0xBF] where self.bytes.peek() == expected { _ = self.bytes.next() }
        }
    }

    var readFailure: FileProblem? { bytes.failure }

    /// How many bytes of the file the rows so far took (the byte-order mark included).
    var bytesRead: Int { bytes.consumed }

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    /// The next row, or nil at the end of the file.
    mutating func next() -> Row? {
        guard bytes.peek() != nil else { return nil }
        var row = Row(line: line, fields: [], refusal: nil)
        var field: [UInt8] = []
        var state = State.fieldStart
        var size = 0
        func refuse(_ reason: ImportProblem.Reason, _ row: inout Row, _ field: inout [UInt8]) {
            if row.refusal == nil { row.refusal = (reason, row.fields.count) }
            field = []
        }
        while let byte = bytes.next() {
            size += 1
            if size > ImportLimits.recordBytes, row.refusal == nil { refuse(.recordTooLong(limit: ImportLimits.recordBytes), &row, &field) }
            if state == .fieldStart {
                if byte == UInt8(ascii: "\"") { state = .quoted; continue }
                state = .unquoted
            }
            switch state {
            case .quoted:
                if byte == UInt8(ascii: "\"") {
                    if bytes.peek() == UInt8(ascii: "\"") { _ = bytes.next() } else { state = .afterQuote; continue }
                } else if byte == 0x0A {
                    line += 1
                }
            case .afterQuote, .unquoted, .fieldStart:
                if byte == UInt8(ascii: ";") { sawSemicolon = true } else if byte == UInt8(ascii: ",") { sawComma = true }
                if byte == separator {
                    row.fields.append(row.refusal == nil ? field : [])
                    field = []
                    state = .fieldStart
                    continue
                }
                if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D, bytes.peek() == 0x0A { _ = bytes.next() }
                    line += 1
                    row.fields.append(row.refusal == nil ? field : [])
                    return row
                }
                if state == .afterQuote, row.refusal == nil { refuse(.textAfterClosingQuote, &row, &field) }
            }
            guard row.refusal == nil else { continue }
            if field.count == ImportLimits.fieldBytes {
                refuse(.fieldTooLong(limit: ImportLimits.fieldBytes), &row, &field)
            } else {
                field.append(byte)
            }
        }
        // A quote never closed is the cause of a field or row found too long on the way to the end.
        if state == .quoted { row.refusal = (.unclosedQuote, row.refusal?.column ?? row.fields.count) }
        row.fields.append(row.refusal == nil ? field : [])
        return row
    }

    /// Forgets the separators seen, before the header row is read.
    mutating func startCountingSeparators() {
        (sawSemicolon, sawComma) = (false, false)
    }
}
