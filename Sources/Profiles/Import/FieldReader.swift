/// Reads and validates the fields of one raw record, collecting every problem instead of stopping at the first.
struct FieldReader {
    let record: RawRecord
    private(set) var problems: [ImportProblem] = []

    init(_ record: RawRecord) { self.record = record }

    mutating func report(_ field: String?, _ value: String?, _ reason: ImportProblem.Reason, itemPath: String? = nil) {
        problems.append(record.problem(field, value, reason, itemPath: itemPath))
    }

    /// The trimmed text of a field; nil when empty. Reports a missing required field.
    mutating func text(_ field: String, required: Bool = true) -> String? {
        let raw = record.fields[field]
        if case .list = raw { report(field, raw?.asText, .expectedSingleValue(notAnObject: false)); return nil }
        if case .object = raw { report(field, raw?.asText, .expectedSingleValue(notAnObject: true)); return nil }
        let text = (raw?.asText ?? "").trimmed
        if text.isEmpty {
            if required { report(field, nil, .required) }
            return nil
        }
        return text
    }

    /// A stable id: lowercase ASCII letters, digits and `-`, at most 64 characters.
    mutating func id(_ field: String = "id") -> String? {
        guard let text = text(field) else { return nil }
        guard Self.isID(text) else {
            report(field, text, .invalidID)
            return nil
        }
        return text
    }

    static func isID(_ text: String) -> Bool {
        text.utf8.count <= 64 && text.utf8.first.map { $0 != UInt8(ascii: "-") } == true
            && text.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "-") }
    }

    mutating func int(_ field: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let text = text(field, required: required) else { return nil }
        return Self.int(text, in: range) { report(field, text, $0) }
    }

    /// The whole number in `text`, or nil after telling `onError` why not (about `quantity`, if given).
    static func int(_ text: String, in range: ClosedRange<Int>, quantity: ImportProblem.Reason.Quantity? = nil,
                    onError: (ImportProblem.Reason) -> Void) -> Int? {
        var digits = text
        if digits.hasSuffix(".0") { digits.removeLast(2) }  // spreadsheets write 3 as 3.0
        guard let value = Int(digits) else { onError(.notWholeNumber(quantity)); return nil }
        guard range.contains(value) else {
            onError(.outOfRange(quantity, lower: String(range.lowerBound), upper: String(range.upperBound)))
            return nil
        }
        return value
    }

    static func double(_ text: String, in range: ClosedRange<Double>, quantity: ImportProblem.Reason.Quantity? = nil,
                       onError: (ImportProblem.Reason) -> Void) -> Double? {
        guard let value = Double(text), value.isFinite else { onError(.notFiniteNumber(quantity)); return nil }
        guard range.contains(value) else {
            onError(.outOfRange(quantity, lower: String(range.lowerBound), upper: String(range.upperBound)))
            return nil
        }
        return value
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ field: String, _ type: Choice.Type, required: Bool = true) -> Choice?
    where Choice.RawValue == String {
        guard let text = text(field, required: required) else { return nil }
        guard let value = Choice(rawValue: text.lowercased()) else {
            report(field, text, .expectedOneOf(Choice.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    mutating func yesNo(_ field: String, required: Bool = true) -> Bool? {
        guard let text = text(field, required: required) else { return nil }
        switch text.lowercased() {
        case "yes", "true", "1", "да", "иә": return true
        case "no", "false", "0", "нет", "жоқ": return false
        default: report(field, text, .expectedYesNo); return nil
        }
    }

    /// An id that must exist among `known`; suggests close ids when it does not.
    mutating func reference(_ field: String, in known: Set<String>, kind: RecordKind, required: Bool = true) -> String? {
        guard let text = text(field, required: required) else { return nil }
        return check(text, in: known, kind: kind, field: field)
    }

    mutating func check(_ id: String, in known: Set<String>, kind: RecordKind, field: String, itemPath: String? = nil) -> String? {
        if known.contains(id) { return id }
        report(field, id, .unknownReference(kind, suggestions: NameKey.closest(to: id, among: known)), itemPath: itemPath)
        return nil
    }

    /// A record named as people type it — id, name, or words of a name (`NameIndex`); reports an unknown
    /// name with suggestions, and a name several records share with all of them to pick from.
    mutating func reference(_ field: String, in names: NameIndex, kind: RecordKind, required: Bool = true) -> String? {
        guard let text = text(field, required: required) else { return nil }
        return check(text, in: names, kind: kind, field: field)
    }

    mutating func check(_ name: String, in names: NameIndex, kind: RecordKind, field: String, itemPath: String? = nil) -> String? {
        switch names.resolve(name) {
        case .resolved(let match): return match.id
        case .several(let matches):
            report(field, name, .namesSeveral(kind, candidates: matches.prefix(Self.candidatesShown).map(\.id)), itemPath: itemPath)
        case .unknown(let suggestions):
            report(field, name, .unknownReference(kind, suggestions: suggestions.map(\.id)), itemPath: itemPath)
        }
        return nil
    }

    /// How many of the records a name shares a problem lists.
    static let candidatesShown = 8

    /// A skill named by id, label or synonym in any language, or by the words of one of its names.
    mutating func skill(_ name: String, taxonomy: Taxonomy, field: String, itemPath: String?) -> String? {
        if let id = taxonomy.resolve(name) { return id }
        return check(name, in: taxonomy.names, kind: .skills, field: field, itemPath: itemPath)
    }

    /// The parts of one list item, by the names `items(_:parts:minimumParts:)` gives them: values in the
    /// names' order, so that the dozens of items of each row (grades, skills) cost no dictionary each.
    struct ItemParts {
        let names: [String]
        var values: [String?]

        init(names: [String]) {
            self.names = names
            values = Array(repeating: nil, count: names.count)
        }

        subscript(name: String) -> String? { names.firstIndex(of: name).flatMap { values[$0] } }
    }

    /// A plain list: `a;b;c` in CSV, an array of strings in JSON.
    mutating func list(_ field: String, required: Bool = true) -> [String] {
        items(field, parts: ["value"], minimumParts: 1, required: required, splitParts: false).map { $0.parts["value"]! }
    }

    /// A list of structured items: `a:b:c;a:b` in CSV, an array of objects (or `a:b` strings) in JSON.
    /// Each item's parts are named in order by `parts`; at least `minimumParts` must be given.
    mutating func items(_ field: String, parts: [String], minimumParts: Int, required: Bool = true, splitParts: Bool = true)
        -> [(parts: ItemParts, itemPath: String?)] {
        let entries: [(RawRecord.Value, String?)]
        switch record.fields[field] {
        case .list(let values): entries = values.enumerated().map { ($1, ".\(field)[\($0)]") }
        case .text(let text):
            entries = text.pieces(separatedBy: ";", omittingEmpty: true).map { (.text($0), nil) }
        case .object(let object): entries = [(.object(object), ".\(field)")]
        case .null, nil: entries = []
        }
        var result: [(parts: ItemParts, itemPath: String?)] = []
        result.reserveCapacity(entries.count)
        for (value, itemPath) in entries {
            var named = ItemParts(names: parts)
            switch value {
            case .object(let object):
                for (key, part) in object {
                    guard let position = parts.firstIndex(of: key) else {
                        report(field, key, .unknownItemKey(expected: parts), itemPath: itemPath)
                        continue
                    }
                    named.values[position] = part.asText.trimmed
                }
            default:
                let text = value.asText.trimmed
                if text.isEmpty { continue }
                let pieces = splitParts ? text.pieces(separatedBy: ":", omittingEmpty: false).map(\.trimmed) : [text]
                guard pieces.count <= parts.count else {
                    report(field, text, .tooManyParts(expected: parts), itemPath: itemPath)
                    continue
                }
                for (position, piece) in pieces.enumerated() where !piece.isEmpty { named.values[position] = piece }
            }
            guard !named.values.prefix(minimumParts).contains(nil) else {
                report(field, value.asText, .itemNeedsParts(Array(parts.prefix(minimumParts))), itemPath: itemPath)
                continue
            }
            result.append((named, itemPath))
        }
        if required && result.isEmpty && problems.allSatisfy({ $0.field != field }) { report(field, nil, .required) }
        return result
    }

    mutating func localized(_ base: String) -> LocalizedText? {
        let kk = text("\(base)_kk"), ru = text("\(base)_ru"), en = text("\(base)_en")
        guard let kk, let ru, let en else { return nil }
        return LocalizedText(kk: kk, ru: ru, en: en)
    }

    /// Reports fields the kind does not have (usually a typo in a header or key).
    mutating func rejectUnknownFields(known: Set<String>, kind: RecordKind, expected: [String]) {
        for name in record.fields.keys.sorted() where !known.contains(name) {
            report(name, nil, .unknownField(isKey: record.line == nil, kind: kind, expected: expected))
        }
    }
}
