/// Writing CSV cells: quoting where needed (RFC 4180).
public enum CSVText {
    /// The byte order mark that makes spreadsheets read a CSV file as UTF-8 (Cyrillic and Kazakh
    /// letters otherwise show as mojibake in Excel).
    public static let byteOrderMark = "\u{FEFF}"

    /// The cell as it must appear in a CSV line.
    public static func cell(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendCell(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the cell as it must appear in a CSV line, judged on its UTF-8 bytes: quoted when it holds
    /// a comma, a quote, a line feed or a carriage return (a CRLF too, which is one `Character`), quotes doubled.
    /// - Complexity: O(bytes), no copy of the text when it needs no quotes.
    public static func appendCell(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            guard utf8.contains(where: { $0 == comma || $0 == quote || $0 == lineFeed || $0 == carriageReturn }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(quote)
            for byte in utf8 {
                if byte == quote { bytes.append(quote) }
                bytes.append(byte)
            }
            bytes.append(quote)
        }
    }

    /// Appends the cells as one line ending in `ending`, as `line(_:ending:)` writes it.
    public static func appendLine(_ cells: [String], ending: String, to bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(comma) }
            appendCell(cell, to: &bytes)
        }
        bytes.append(contentsOf: ending.utf8)
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), lineFeed = UInt8(ascii: "\n"),
                       carriageReturn = UInt8(ascii: "\r")

    public static func line(_ cells: [String]) -> String {
        line(cells, ending: "\n")
    }

    /// The cells as one line ending in `ending` ("\r\n" for RFC 4180 files meant for spreadsheets).
    public static func line(_ cells: [String], ending: String) -> String {
        var bytes: [UInt8] = []
        appendLine(cells, ending: ending, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Text that a spreadsheet will not run as a formula: a leading `=`, `+`, `-`, `@`, tab or carriage
    /// return gets an apostrophe in front (CSV injection). Apply it to text cells only, never to numbers,
    /// so that a genuine `-12` stays a number.
    public static func formulaSafe(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
