import Foundation
import Profiles

/// A CSV file as the tool writes every one of them (the report's tables, `recommend`, `shortlist`,
/// `assign`, `audit` and `log` output, `assign --out`), ready for Excel: UTF-8 with a byte order mark
/// (so Cyrillic and Kazakh letters show), a header row in the reader's language, RFC 4180 quoting, CRLF
/// line ends, text cells neutralised against formula injection and numbers left as numbers.
/// Machine ids stay as they are in the cells; only the header is translated.
public struct CSVTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[CSVCell]]

    public init(header: [String], rows: [[CSVCell]]) {
        precondition(rows.allSatisfy { $0.count == header.count }, "every row needs one cell per column")
        self.header = header
        self.rows = rows
    }

    /// The file's text, byte order mark first.
    /// - Complexity: O(cells).
    public var text: String {
        var text = CSVText.byteOrderMark + CSVText.line(header.map(CSVText.formulaSafe), ending: "\r\n")
        for row in rows { text += CSVText.line(row.map(\.field), ending: "\r\n") }
        return text
    }

    /// The file's bytes (UTF-8).
    public var data: Data { Data(text.utf8) }
}
