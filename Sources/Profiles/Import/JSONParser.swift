/// A streaming JSON parser for `JSONRecordReader`: it reads the file a block at a time through
/// `FileBytes`, keeps its line, column and JSON path, builds one record at a time as `RawRecord.Value`s
/// and stops at the first place the text is not JSON. Problems of one record (a field past
/// `ImportLimits.fieldBytes`, a record past `ImportLimits.recordBytes`, a key twice, a string that is not
/// UTF-8) are kept pending until the record ends; the record is then not handed on.
struct JSONParser: ~Copyable {
    /// Where and why the text stops being JSON: reading ends.
    struct Stop: Error {
        var problem: ImportProblem
    }

    enum Step {
        case key(String)
        case index(Int)
    }

    let file: String
    var bytes: FileBytes
    var line = 1
    /// Characters (not bytes) read on `line` so far.
    var column = 0
    /// The path from the root to the value being read.
    var steps: [Step] = []
    var depth = 0
    /// Bytes read from the file, and where the current record began.
    var offset = 0
    var recordStart = 0
    /// How many of `steps` lead to the current record.
    var recordDepth = 0
    var inRecord = false
    /// Set once the current record is refused: the rest of it is read but not kept.
    var discarding = false
    var pending: [ImportProblem] = []
    /// Told after each record of the array is read, before it is reported or handed on, how many bytes
    /// of the file have been read (the importer's progress).
    var recordRead: ((Int) -> Void)?

    init?(path: String, file: String) {
        guard let bytes = FileBytes(path: path) else { return nil }
        self.bytes = bytes
        self.file = file
    }

    var readFailure: FileProblem? { bytes.failure }

    mutating func takePending() -> [ImportProblem] {
        defer { pending = [] }
        return pending
    }

    // MARK: Bytes and positions

    @inline(__always)
    mutating func peek() -> UInt8? { bytes.peek() }

    @inline(__always)
    @discardableResult
    mutating func advance() -> UInt8? {
        guard let byte = bytes.next() else { return nil }
        offset += 1
        if byte == 0x0A {
            line += 1
            column = 0
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        if inRecord && !discarding && offset - recordStart > ImportLimits.recordBytes {
            // Said of the record, and of the key of it being read.
            var field: String?
            if steps.count > recordDepth, case .key(let key) = steps[recordDepth] { field = key }
            pending.append(ImportProblem(file: file, path: pathText(steps.prefix(recordDepth)), field: field,
                                         reason: .recordTooLong(limit: ImportLimits.recordBytes)))
            discarding = true
        }
        return byte
    }

    /// Skips white space; the next byte, not consumed.
    mutating func skipSpace() -> UInt8? {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
        return peek()
    }

    /// The JSON path of `steps` (`$.students[3].grades`).
    func pathText(_ steps: ArraySlice<Step>) -> String {
        var text = "$"
        for step in steps {
            switch step {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    // MARK: Problems

    /// A syntax error at the next character (or, with `atNext` false, at the one just read).
    func stop(_ syntax: JSONSyntax, atNext: Bool = true) -> Stop {
        Stop(problem: ImportProblem(file: file, line: line, column: column + (atNext ? 1 : 0), path: pathText(steps[...]),
                                    reason: .invalidJSON(syntax)))
    }

    /// The next character cannot stand here: says which it is (or that the file ends).
    mutating func unexpected(_ expected: JSONSyntax.Expected) -> Stop {
        let (atLine, atColumn) = (line, column + 1)
        guard let first = advance() else { return stop(.unexpectedEnd(expected: expected)) }
        var character = [first]
        if first >= 0xC0 {
            while character.count < 4, let next = peek(), next & 0xC0 == 0x80 { character.append(advance()!) }
        }
        var found = String(validating: character, as: UTF8.self) ?? character.map { "\\x" + String($0, radix: 16, uppercase: true) }.joined()
        if first < 0x20 || first == 0x7F { found = "\\u{\(String(first, radix: 16))}" }
        var problem = stop(.unexpectedCharacter(found, expected: expected)).problem
        (problem.line, problem.column) = (atLine, atColumn)
        return Stop(problem: problem)
    }

    /// A problem of the value being read that does not stop reading but refuses its record: located at
    /// the object or array holding it, with the nearest key as the field (or `key`, for a key itself).
    mutating func problem(_ reason: ImportProblem.Reason, key: String? = nil) {
        var container = steps[...]
        var field = key
        if field == nil, case .key(let last)? = container.last {
            field = last
            container = container.dropLast()
        }
        if field == nil {
            for case .key(let name) in container.reversed() { field = name; break }
        }
        pending.append(ImportProblem(file: file, path: pathText(container), field: field, reason: reason))
    }

    // MARK: The records

    /// Reads the root: an array of records, or `{"<kind>": [records]}`.
    mutating func readRecords(kind: RecordKind?, report: (ImportProblem) -> Void, body: (RawRecord) throws -> Void) throws {
        if peek() == 0xEF {  // a byte-order mark
            for expected: UInt8 in [0xEF, 0xBB, 0xBF] where peek() == expected { advance() }
            column = 0
        }
        guard let first = skipSpace() else {
            report(ImportProblem(file: file, path: "$", reason: .emptyJSON))
            return
        }
        switch first {
        case UInt8(ascii: "["):
            try recordArray(report: report, body: body)
        case UInt8(ascii: "{"):
            advance()
            depth = 1
            guard skipSpace() == UInt8(ascii: "\"") else {
                if peek() == UInt8(ascii: "}") { report(ImportProblem(file: file, path: "$", reason: .expectedRecordArray)); return }
                throw unexpected(.key)
            }
            advance()
            let key = try string()
            guard skipSpace() == UInt8(ascii: ":") else { throw unexpected(.colon) }
            advance()
            if let kind, key != kind.rawValue {
                report(ImportProblem(file: file, path: "$", field: key, reason: .expectedKey(kind)))
                return
            }
            guard skipSpace() == UInt8(ascii: "[") else { report(ImportProblem(file: file, path: "$", reason: .expectedRecordArray)); return }
            steps = [.key(key)]
            try recordArray(report: report, body: body)
            steps = []
            switch skipSpace() {
            case UInt8(ascii: "}"): advance()
            case UInt8(ascii: ","): report(ImportProblem(file: file, path: "$", reason: .expectedRecordArray)); return
            default: throw unexpected(.commaOrEndOfObject)
            }
        default:
            report(ImportProblem(file: file, path: "$", reason: .expectedRecordArray))
            return
        }
        if skipSpace() != nil { throw unexpected(.endOfFile) }
    }

    /// The array of records, each handed to `body` once read whole and found without problems.
    private mutating func recordArray(report: (ImportProblem) -> Void, body: (RawRecord) throws -> Void) throws {
        advance()
        try enter()
        defer { depth -= 1 }
        if skipSpace() == UInt8(ascii: "]") { advance(); return }
        var index = 0
        while true {
            steps.append(.index(index))
            let isObject = skipSpace() == UInt8(ascii: "{")
            (recordStart, recordDepth, inRecord, discarding) = (offset, steps.count, true, false)
            let record = try value()
            inRecord = false
            recordRead?(offset)
            let problems = takePending()
            for problem in problems { report(problem) }
            let path = pathText(steps[...])
            if !isObject {
                report(ImportProblem(file: file, path: path, reason: .expectedObject))
            } else if problems.isEmpty, case .object(let fields) = record {
                try body(RawRecord(file: file, line: nil, path: path, fields: fields))
            }
            index += 1
            steps[steps.count - 1] = .index(index)  // a syntax error between records is at the next one
            defer { steps.removeLast() }
            guard try nextItem(closing: UInt8(ascii: "]")) else { return }
        }
    }

    /// After an item of an array or object: true after a `,`, false after the closing bracket.
    mutating func nextItem(closing: UInt8) throws -> Bool {
        let expected: JSONSyntax.Expected = closing == UInt8(ascii: "]") ? .commaOrEndOfArray : .commaOrEndOfObject
        switch skipSpace() {
        case closing:
            advance()
            return false
        case UInt8(ascii: ","):
            advance()
            if skipSpace() == closing { throw stop(.trailingComma) }
            return true
        default:
            throw unexpected(expected)
        }
    }

    /// One level deeper; refused past `ImportLimits.jsonDepth`.
    mutating func enter() throws {
        depth += 1
        if depth > ImportLimits.jsonDepth { throw stop(.nestedTooDeep(limit: ImportLimits.jsonDepth), atNext: false) }
    }
}
