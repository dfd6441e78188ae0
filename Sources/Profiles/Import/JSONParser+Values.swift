/// Values: objects, arrays, strings, numbers and literals. Numbers keep a plain text form and booleans
/// become `yes`/`no`, so CSV and JSON records are validated by the same code (`FieldReader`); a number
/// past `Double`'s range stays as written, and the field's reader refuses it with the field's name.
extension JSONParser {
    mutating func value() throws -> RawRecord.Value {
        switch skipSpace() ?? 0 {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""):
            advance()
            return .text(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .text(try number())
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"): return try literal()
        default: throw unexpected(.value)
        }
    }

    private mutating func object() throws -> RawRecord.Value {
        advance()
        try enter()
        defer { depth -= 1 }
        var fields: [String: RawRecord.Value] = [:]
        if skipSpace() == UInt8(ascii: "}") { advance(); return .object(fields) }
        while true {
            guard skipSpace() == UInt8(ascii: "\"") else { throw unexpected(.key) }
            advance()
            let key = try string()
            guard skipSpace() == UInt8(ascii: ":") else { throw unexpected(.colon) }
            advance()
            // Compared as unescaped text: "\u0067uardian_consent" is guardian_consent again.
            if fields[key] != nil { problem(.duplicateKey, key: key) }
            steps.append(.key(key))
            let item = try value()
            steps.removeLast()
            if !discarding { fields[key] = item }
            guard try nextItem(closing: UInt8(ascii: "}")) else { return .object(fields) }
        }
    }

    private mutating func array() throws -> RawRecord.Value {
        advance()
        try enter()
        defer { depth -= 1 }
        var items: [RawRecord.Value] = []
        if skipSpace() == UInt8(ascii: "]") { advance(); return .list(items) }
        // A refused record keeps nothing, but still counts its items for their paths.
        var count = 0
        while true {
            steps.append(.index(count))
            let item = try value()
            if !discarding { items.append(item) }
            count += 1
            steps[steps.count - 1] = .index(count)  // a syntax error between items is at the next one
            defer { steps.removeLast() }
            guard try nextItem(closing: UInt8(ascii: "]")) else { return .list(discarding ? [] : items) }
        }
    }

    /// The string after its opening quote, unescaped; "" with a pending problem when it is longer than
    /// `ImportLimits.fieldBytes` or not UTF-8.
    mutating func string() throws -> String {
        var text: [UInt8] = []
        var tooLong = false
        while true {
            guard let next = peek() else { throw stop(.unclosedString) }
            if next < 0x20 { throw stop(.controlCharacterInString) }
            let escapeAt = (line, column + 1)
            let byte = advance()!
            var character: UInt8 = byte
            switch byte {
            case UInt8(ascii: "\""):
                if tooLong { return "" }
                guard let string = String(validating: text, as: UTF8.self) else {
                    problem(.notUTF8)
                    return ""
                }
                return string
            case UInt8(ascii: "\\"):
                guard let escaped = advance() else { throw stop(.unclosedString) }
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): character = escaped
                case UInt8(ascii: "b"): character = 0x08
                case UInt8(ascii: "f"): character = 0x0C
                case UInt8(ascii: "n"): character = 0x0A
                case UInt8(ascii: "r"): character = 0x0D
                case UInt8(ascii: "t"): character = 0x09
                case UInt8(ascii: "u"):
                    let scalar: Unicode.Scalar
                    do {
                        scalar = try unicodeEscape()
                    } catch var stop as Stop {
                        if case .invalidJSON(.invalidEscape) = stop.problem.kind { (stop.problem.line, stop.problem.column) = escapeAt }
                        throw stop
                    }
                    guard !tooLong && !discarding else { continue }
                    text += Array(String(Character(scalar)).utf8)
                    if text.count > ImportLimits.fieldBytes { refuseLongField(&tooLong, &text) }
                    continue
                default:
                    var stop = stop(.invalidEscape("\\" + String(decoding: [escaped], as: UTF8.self)))
                    (stop.problem.line, stop.problem.column) = escapeAt
                    throw stop
                }
            default:
                break
            }
            guard !tooLong && !discarding else { continue }
            if text.count == ImportLimits.fieldBytes {
                refuseLongField(&tooLong, &text)
            } else {
                text.append(character)
            }
        }
    }

    /// A string past `ImportLimits.fieldBytes`: said at once, and the rest of its record read without
    /// being kept (so it is not refused a second time for its length).
    private mutating func refuseLongField(_ tooLong: inout Bool, _ text: inout [UInt8]) {
        (tooLong, text) = (true, [])
        problem(.fieldTooLong(limit: ImportLimits.fieldBytes))
        if inRecord { discarding = true }
    }

    /// The character of a `\uXXXX` escape (after the `u`), joining a surrogate pair.
    private mutating func unicodeEscape() throws -> Unicode.Scalar {
        let first = try hexQuad()
        var code = UInt32(first)
        if (0xD800...0xDBFF).contains(first) {
            guard advance() == UInt8(ascii: "\\"), advance() == UInt8(ascii: "u") else {
                throw stop(.invalidEscape("\\u" + String(first, radix: 16, uppercase: true)), atNext: false)
            }
            let second = try hexQuad()
            guard (0xDC00...0xDFFF).contains(second) else {
                throw stop(.invalidEscape("\\u" + String(second, radix: 16, uppercase: true)), atNext: false)
            }
            code = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else {
            throw stop(.invalidEscape("\\u" + String(first, radix: 16, uppercase: true)), atNext: false)
        }
        return scalar
    }

    private mutating func hexQuad() throws -> UInt16 {
        var value: UInt16 = 0
        var written = "\\u"
        for _ in 0..<4 {
            guard let byte = advance() else { throw stop(.unclosedString) }
            written.append(Character(Unicode.Scalar(byte)))
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw stop(.invalidEscape(written), atNext: false) }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// A number's text as `FieldReader` reads it: a whole number as written, another one as `Double`
    /// writes it, and one past `Double`'s range as written.
    private mutating func number() throws -> String {
        let (atLine, atColumn) = (line, column + 1)
        var text: [UInt8] = []
        while let byte = peek(), (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            advance()
            if text.count <= 64 { text.append(byte) }
        }
        let literal = String(decoding: text, as: UTF8.self)
        guard text.count <= 64, Self.isJSONNumber(text) else {
            var problem = stop(.invalidNumber(text.count <= 64 ? literal : String(literal.prefix(20)) + "…")).problem
            (problem.line, problem.column) = (atLine, atColumn)
            throw Stop(problem: problem)
        }
        if let whole = Int(literal) { return String(whole) }
        if let double = Double(literal), double.isFinite { return String(double) }
        return literal
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private static func isJSONNumber(_ text: [UInt8]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < text.count, (0x30...0x39).contains(text[index]) { index += 1 }
            return index - start
        }
        if index < text.count, text[index] == UInt8(ascii: "-") { index += 1 }
        let whole = index < text.count && text[index] == 0x30 ? { index += 1; return 1 }() : digits()
        guard whole > 0 else { return false }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            if index < text.count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == text.count
    }

    /// `true`, `false` or `null`.
    private mutating func literal() throws -> RawRecord.Value {
        let (atLine, atColumn) = (line, column + 1)
        var word: [UInt8] = []
        while let byte = peek(), (0x61...0x7A).contains(byte), word.count < 6 { word.append(byte); advance() }
        switch String(decoding: word, as: UTF8.self) {
        case "true": return .text("yes")
        case "false": return .text("no")
        case "null": return .null
        default:
            var problem = stop(.unexpectedCharacter(String(decoding: word, as: UTF8.self), expected: .value)).problem
            (problem.line, problem.column) = (atLine, atColumn)
            throw Stop(problem: problem)
        }
    }
}
