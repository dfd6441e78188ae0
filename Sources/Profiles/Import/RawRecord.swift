/// One record as read from a file, before validation: text cells (CSV) or JSON values, with where it came from.
public struct RawRecord: Sendable {
    public enum Value: Sendable, Equatable {
        case text(String)
        case list([Value])
        case object([String: Value])
        case null
    }

    /// The fields by name: a CSV row's cells in the header's order, looked up through the file's one
    /// table of column positions (no dictionary per row), or a JSON object's keys.
    public struct Fields: Sendable {
        private enum Storage: Sendable {
            case cells(columns: [String: Int], [Value])
            case keyed([String: Value])
        }

        private let storage: Storage

        init(_ keyed: [String: Value]) { storage = .keyed(keyed) }

        /// - Parameter columns: each column's position, shared by the rows of one file.
        init(columns: [String: Int], cells: [Value]) { storage = .cells(columns: columns, cells) }

        public subscript(name: String) -> Value? {
            switch storage {
            case let .cells(columns, cells): columns[name].map { cells[$0] }
            case let .keyed(fields): fields[name]
            }
        }

        /// The fields' names, in no particular order.
        public var keys: [String] {
            switch storage {
            case let .cells(columns, _): Array(columns.keys)
            case let .keyed(fields): Array(fields.keys)
            }
        }
    }

    public let file: String
    public let line: Int?
    public let path: String?
    public let fields: Fields

    public init(file: String, line: Int?, path: String?, fields: [String: Value]) {
        self.init(file: file, line: line, path: path, fields: Fields(fields))
    }

    init(file: String, line: Int?, path: String?, fields: Fields) {
        self.file = file
        self.line = line
        self.path = path
        self.fields = fields
    }

    /// A problem located at this record (and, for a list item, at `itemPath` below it).
    func problem(_ field: String?, _ value: String?, _ reason: ImportProblem.Reason, itemPath: String? = nil) -> ImportProblem {
        let where_ = [path, itemPath].compactMap { $0 }.joined()
        return ImportProblem(file: file, line: line, path: where_.isEmpty ? nil : where_, field: field, value: value, reason: reason)
    }
}

extension RawRecord.Value {
    /// The value as one line of text, as it would appear in a CSV cell.
    var asText: String {
        switch self {
        case .text(let text): text
        case .null: ""
        case .list(let items): items.map(\.asText).joined(separator: ";")
        case .object(let parts): parts.keys.sorted().map { "\($0)=\(parts[$0]!.asText)" }.joined(separator: ",")
        }
    }
}
