/// One vacancy text to read, with what the file says about it.
public struct VacancyTextInput: Sendable, Hashable, Codable {
    /// The vacancy id to propose; nil to make one from the enterprise and the title.
    public var id: String?
    public var text: String
    /// The employer's enterprise id, when the file names it.
    public var enterprise: String?

    public init(id: String? = nil, text: String, enterprise: String? = nil) {
        self.id = id
        self.text = text
        self.enterprise = enterprise
    }
}

/// Several vacancy texts in one file, in either of two forms (Docs/VacancyText.md):
/// - JSON Lines, when the first line that is not blank starts with `{`: one object a line,
///   `{"text": "…", "id": "…", "enterprise": "…"}` (`id` and `enterprise` optional);
/// - plain text otherwise: texts separated by a line of three or more hyphens (`---`) and nothing else.
///   Blank lines do not separate texts: a long description has them between its parts.
public enum VacancyTextFile {
    public enum Problem: Error, Sendable, Hashable {
        /// What is wrong with a JSON line.
        public enum LineDetail: Sendable, Hashable {
            case notAnObject
            case missingKey(String)
            case notAString(String)
        }
        /// A JSON line that is not an object with a `text` string (1-based line).
        case invalidLine(Int, detail: LineDetail)
        case noTexts
    }

    /// The texts in the file's content.
    /// - Throws: `Problem` naming the first line that is not a JSON object with a text, or that there is no text.
    public static func texts(in content: String) throws(Problem) -> [VacancyTextInput] {
        let body = content.hasPrefix("\u{FEFF}") ? String(content.dropFirst()) : content
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let isJSONLines = lines.first { !$0.allSatisfy(\.isWhitespace) }?.drop { $0.isWhitespace }.first == "{"
        var texts: [VacancyTextInput] = []
        if isJSONLines {
            for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
                texts.append(try JSONLine.input(String(line), line: index + 1))
            }
        } else {
            var block: [Substring] = []
            func close() {
                let text = block.joined(separator: "\n").trimmingBlankLines
                if !text.isEmpty { texts.append(VacancyTextInput(text: text)) }
                block = []
            }
            for line in lines {
                let trimmed = line.trimmingCharacters(in: " \t")
                if trimmed.count >= 3 && trimmed.allSatisfy({ $0 == "-" }) { close() } else { block.append(line) }
            }
            close()
        }
        if texts.isEmpty { throw .noTexts }
        return texts
    }
}

extension Substring {
    func trimmingCharacters(in characters: String) -> Substring {
        var text = self
        while let first = text.first, characters.contains(first) { text.removeFirst() }
        while let last = text.last, characters.contains(last) { text.removeLast() }
        return text
    }
}

extension String {
    /// Without the blank lines and spaces around it.
    var trimmingBlankLines: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
