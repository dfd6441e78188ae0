/// Why a JSON file stops being JSON at a line and column, kept as data so that it is said in the
/// reader's language with how to fix it; `description` is the English text.
public enum JSONSyntax: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What the parser was looking for.
    public enum Expected: String, Sendable, Hashable, Codable {
        case value, key, colon, commaOrEndOfArray, commaOrEndOfObject, endOfFile
    }

    /// A character that cannot stand where it is (as written, e.g. `'` or `}`).
    case unexpectedCharacter(String, expected: Expected)
    /// A comma before a closing `]` or `}`.
    case trailingComma
    /// The file ends where more was expected.
    case unexpectedEnd(expected: Expected)
    /// The file ends inside a string.
    case unclosedString
    /// A line break, tab or other control character written as itself inside a string.
    case controlCharacterInString
    /// A backslash sequence JSON does not have (`\x`), or a `\u` escape that is not a character.
    case invalidEscape(String)
    /// Digits and signs that do not make a JSON number (`01`, `1.`, `-`).
    case invalidNumber(String)
    /// Arrays and objects nested deeper than `limit` (`ImportLimits.jsonDepth`).
    case nestedTooDeep(limit: Int)

    public var description: String {
        switch self {
        case let .unexpectedCharacter(found, expected):
            switch expected {
            case .value: "found '\(found)' where a value was expected: text goes in double quotes (\"…\"), yes/no as true or false"
            case .key: "found '\(found)' where a key was expected: keys go in double quotes (\"id\"), with no comma before '}'"
            case .colon: "found '\(found)' where ':' was expected after the key"
            case .commaOrEndOfArray: "found '\(found)' where ',' or ']' was expected after an item: is a comma missing?"
            case .commaOrEndOfObject: "found '\(found)' where ',' or '}' was expected after a value: is a comma missing?"
            case .endOfFile: "found '\(found)' after the end of the JSON: remove it"
            }
        case .trailingComma: "a comma before the closing bracket: remove it"
        case .unexpectedEnd(let expected):
            "the file ends where \(expected == .value ? "a value" : expected == .key ? "a key" : "more") was expected: is it cut off?"
        case .unclosedString: "the file ends inside a string: a closing quote (\") is missing"
        case .controlCharacterInString: "a line break or other control character inside a string: write it as \\n (or \\t)"
        case .invalidEscape(let escape): "'\(escape)' is not a JSON escape: write a backslash as \\\\"
        case .invalidNumber(let text): "'\(text)' is not a number: write numbers as 12, 0.5 or 1e3"
        case .nestedTooDeep(let limit): "arrays and objects nest deeper than \(limit) levels (a record needs 4)"
        }
    }
}
