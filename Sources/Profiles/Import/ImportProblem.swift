/// One thing wrong with one record: where it is, which field, the offending value and why.
public struct ImportProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line in a CSV file where the record starts, or in a JSON file where the problem is.
    public var line: Int?
    /// 1-based column (in characters) of a JSON syntax problem on `line`.
    public var column: Int?
    /// JSON path of the record or item, e.g. `$[3].requirements[1]`.
    public var path: String?
    public var field: String?
    public var value: String?
    /// Why, kept structured so it can be said in any language.
    public var kind: Reason

    public init(file: String, line: Int? = nil, column: Int? = nil, path: String? = nil, field: String? = nil, value: String? = nil,
                reason kind: Reason) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.field = field
        self.value = value
        self.kind = kind
    }

    /// The reason in English.
    public var reason: String { kind.description }

    /// `students.csv:17: field 'region' = 'karagand': unknown region (did you mean 'karaganda'?)`
    public var description: String {
        described(field: "field", reason: reason)
    }

    /// The problem's location, field and value as `description` writes them, with the word for "field"
    /// and the reason given in another language.
    public func described(field fieldWord: String, reason: String) -> String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        if let path { text += " \(path)" }
        text += ":"
        if let field { text += " \(fieldWord) '\(field)'" }
        if let value { text += " = '\(Self.shorten(value))'" }
        return text + (field == nil && value == nil ? " " : ": ") + reason
    }

    /// The problem of a file that cannot be opened.
    static func unreadable(_ file: String) -> ImportProblem {
        ImportProblem(file: file, reason: .cannotRead)
    }

    private static func shorten(_ value: String) -> String {
        let printable = value.unicodeScalars.map { $0.value < 0x20 || $0 == "\u{7F}" ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        return printable.count > 80 ? String(printable.prefix(77)) + "…" : printable
    }
}

/// An import that stopped: the problems found, in file order (the first `ImportLimits.problemsListed`
/// one by one, the rest counted by reason).
public struct ImportFailure: Error, CustomStringConvertible {
    public var list: ImportProblemList

    public init(_ list: ImportProblemList) { self.list = list }
    public init(problems: [ImportProblem]) { self.list = ImportProblemList(problems) }

    /// The problems listed one by one.
    public var problems: [ImportProblem] { list.listed }

    public var description: String {
        "\(list.count) problem\(list.count == 1 ? "" : "s"):\n" + problems.map(\.description).joined(separator: "\n")
            + list.omitted.map { "\n… \($0.count) more like: \($0.example.description)" }.joined()
    }
}
