import Foundation
import ScoringCore

/// Independent readers for the tests: an RFC 4180 CSV parser and an HTML tag-nesting checker, so the
/// tests do not trust the writers' own code to read back what they wrote.
enum ReportFileParsing {
    /// Records of a CSV text (CRLF or LF line ends, quoted fields with "" escapes).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else {
                switch character {
                case "\"": quoted = true
                case ",": record.append(field); field = ""
                case "\r\n", "\n":
                    record.append(field); field = ""
                    records.append(record); record = []
                default: field.append(character)
                }
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    /// Tag names whose element has no end tag in HTML.
    private static let voidElements: Set<String> = ["meta", "br", "hr", "img", "link", "input", "col", "wbr"]

    /// The first nesting error in `html`, or nil when every opened element is closed in order.
    static func nestingError(_ html: String) -> String? {
        var open: [String] = []
        var rest = html[...]
        while let start = rest.firstIndex(of: "<") {
            guard let end = rest[start...].firstIndex(of: ">") else { return "unterminated tag" }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
            let closing = tag.hasPrefix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if voidElements.contains(name) { continue }
            if closing {
                guard open.last == name else { return "</\(name)> closes <\(open.last ?? "nothing")>" }
                open.removeLast()
            } else {
                open.append(name)
                if name == "style", let close = rest.range(of: "</style>") {
                    rest = rest[close.lowerBound...]  // CSS is not markup
                }
            }
        }
        return open.isEmpty ? nil : "unclosed <\(open.joined(separator: "> <"))>"
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
