/// Writing CSV cells: quoting where needed (RFC 4180).
public enum CSVText {
    /// The byte order mark that makes spreadsheets read a CSV file as UTF-8 (Cyrillic and Kazakh
    /// letters otherwise show as mojibake in Excel).
    public static let byteOrderMark = "\u{FEFF}"

    /// The cell as it must appear in a CSV line.
    public static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ cells: [String]) -> String {
        line(cells, ending: "\n")
    }

    /// The cells as one line ending in `ending` ("\r\n" for RFC 4180 files meant for spreadsheets).
    public static func line(_ cells: [String], ending: String) -> String {
        cells.map(cell).joined(separator: ",") + ending
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
