import Foundation

/// Reads a JSON file — an array of objects, or an object holding one such array under the kind's name —
/// into raw records located by JSON path (`$[3]`).
struct JSONRecordReader {
    let file: String

    func read(_ data: Data, kind: RecordKind?, body: (RawRecord) throws -> Void) rethrows -> [ImportProblem] {
        let root: RawRecord.Value
        do {
            var bytes = data
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return [ImportProblem(file: file, path: "$", reason: .emptyJSON)]
            }
            root = try JSONDecoder().decode(JSONValue.self, from: bytes).value
            let duplicates = JSONDuplicateKeys.find(in: Array(bytes))
            if !duplicates.isEmpty {
                return duplicates.map { ImportProblem(file: file, path: $0.path, field: $0.key, reason: .duplicateKey) }
            }
        } catch let error as DecodingError {
            return [ImportProblem(file: file, path: Self.path(of: error), reason: .invalidJSON(detail: Self.reason(of: error)))]
        } catch {
            return [ImportProblem(file: file, path: "$", reason: .invalidJSON(detail: error.localizedDescription))]
        }
        var records: [RawRecord.Value]
        var prefix = "$"
        switch root {
        case .list(let items):
            records = items
        case .object(let object) where object.count == 1 && object.values.first.map({ if case .list = $0 { true } else { false } }) == true:
            let (key, value) = object.first!
            if let kind, key != kind.rawValue {
                return [ImportProblem(file: file, path: "$", field: key, reason: .expectedKey(kind))]
            }
            guard case .list(let items) = value else { return [] }
            records = items
            prefix = "$.\(key)"
        default:
            return [ImportProblem(file: file, path: "$", reason: .expectedRecordArray)]
        }
        var problems: [ImportProblem] = []
        for (index, record) in records.enumerated() {
            let path = "\(prefix)[\(index)]"
            guard case .object(let fields) = record else {
                problems.append(ImportProblem(file: file, path: path, reason: .expectedObject))
                continue
            }
            try body(RawRecord(file: file, line: nil, path: path, fields: fields))
        }
        return problems
    }

    /// The top-level keys of the first record, used to guess the kind.
    static func keys(of data: Data) -> Set<String> {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data).value else { return [] }
        var first: RawRecord.Value? = nil
        if case .list(let items) = value { first = items.first }
        if case .object(let object) = value, object.count == 1, case .list(let items)? = object.values.first { first = items.first }
        if case .object(let fields)? = first { return Set(fields.keys) }
        return []
    }

    private static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context? = switch error {
        case .dataCorrupted(let c), .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c): c
        @unknown default: nil
        }
        return "$" + (context?.codingPath ?? []).map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
    }

    private static func reason(of error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            return context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}

/// Any JSON value, decoded into the importer's raw form. Numbers keep a plain text form, booleans
/// become `yes`/`no`, so CSV and JSON records are validated by the same code.
private struct JSONValue: Decodable {
    let value: RawRecord.Value

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            var fields: [String: RawRecord.Value] = [:]
            for key in object.allKeys {
                fields[key.stringValue] = try object.decode(JSONValue.self, forKey: key).value
            }
            value = .object(fields)
        } else if var array = try? decoder.unkeyedContainer() {
            var items: [RawRecord.Value] = []
            while !array.isAtEnd { items.append(try array.decode(JSONValue.self).value) }
            value = .list(items)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                value = .null
            } else if let bool = try? single.decode(Bool.self) {
                value = .text(bool ? "yes" : "no")
            } else if let int = try? single.decode(Int.self) {
                value = .text(String(int))
            } else if let double = try? single.decode(Double.self) {
                guard double.isFinite else {
                    throw DecodingError.dataCorruptedError(in: single, debugDescription: "number out of range")
                }
                value = .text(String(double))
            } else {
                value = .text(try single.decode(String.self))
            }
        }
    }
}
