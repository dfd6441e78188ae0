/// The header of a `.npy` file: element type, storage order and shape.
///
/// Format: `\x93NUMPY`, major and minor version bytes, the header length (2 bytes little-endian in
/// version 1, 4 bytes in versions 2 and 3), then a Python dict literal such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }` padded with spaces to a multiple of 64.
struct NPYHeader: Hashable {
    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    var descriptor: String
    var fortranOrder: Bool
    var shape: [Int]

    /// Reads the header at the start of `bytes`; returns it and the offset of the data.
    static func parse(_ bytes: UnsafeRawBufferPointer) throws(NPYError.Reason) -> (header: NPYHeader, dataOffset: Int) {
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else { throw .notNPY }
        let major = bytes[6], minor = bytes[7]
        let lengthBytes: Int
        switch major {
        case 1: lengthBytes = 2
        case 2, 3: lengthBytes = 4
        default: throw .unsupportedVersion(major: major, minor: minor)
        }
        guard bytes.count >= 8 + lengthBytes else { throw .truncated(expectedBytes: 8 + lengthBytes, actualBytes: bytes.count) }
        let length = (0..<lengthBytes).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        let start = 8 + lengthBytes
        guard bytes.count >= start + length else {
            throw .truncated(expectedBytes: start + length, actualBytes: bytes.count)
        }
        guard let text = String(validating: bytes[start..<start + length], as: UTF8.self) else {
            throw .malformedHeader("not UTF-8 text")
        }
        return (try NPYHeader(dictionary: text), start + length)
    }

    init(descriptor: String, fortranOrder: Bool, shape: [Int]) {
        self.descriptor = descriptor
        self.fortranOrder = fortranOrder
        self.shape = shape
    }

    /// Parses the dict literal that numpy writes.
    init(dictionary text: String) throws(NPYError.Reason) {
        descriptor = try Self.quoted(after: "'descr':", in: text)
        let order = try Self.token(after: "'fortran_order':", in: text, upTo: [",", "}"])
        switch order {
        case "False": fortranOrder = false
        case "True": fortranOrder = true
        default: throw .malformedHeader("fortran_order is '\(order)'")
        }
        let tuple = try Self.token(after: "'shape':", in: text, upTo: [")"])
        guard tuple.first == "(" else { throw .malformedHeader("shape is not a tuple") }
        var shape: [Int] = []
        for part in tuple.dropFirst().split(separator: ",") {
            let digits = part.trimmingCharacters(in: " ")
            if digits.isEmpty { continue }
            guard let value = Int(digits), value >= 0 else { throw .malformedHeader("shape entry '\(digits)'") }
            shape.append(value)
        }
        self.shape = shape
    }

    /// The header bytes, padded so the data starts at a multiple of 64 bytes.
    func encoded() -> [UInt8] {
        let dims = shape.count == 1 ? "\(shape[0])," : shape.map(String.init).joined(separator: ", ")
        var dict = "{'descr': '\(descriptor)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': (\(dims)), }"
        let unpadded = 10 + dict.utf8.count + 1
        dict += String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        let length = dict.utf8.count
        precondition(length <= Int(UInt16.max), "a 2-D header always fits format version 1")
        return Self.magic + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(dict.utf8)
    }

    private static func token(after key: String, in text: String, upTo ends: Set<Character>) throws(NPYError.Reason) -> String {
        guard let range = text.range(of: key) else { throw .malformedHeader("no \(key.dropLast()) key") }
        let rest = text[range.upperBound...].drop { $0 == " " }
        guard let end = rest.firstIndex(where: { ends.contains($0) }) else {
            throw .malformedHeader("\(key.dropLast()) has no end")
        }
        return String(rest[..<end]).trimmingCharacters(in: " ")
    }

    private static func quoted(after key: String, in text: String) throws(NPYError.Reason) -> String {
        let token = try token(after: key, in: text, upTo: [","])
        guard token.count >= 2, let quote = token.first, quote == "'" || quote == "\"", token.last == quote else {
            throw .malformedHeader("\(key.dropLast()) is not a quoted string")
        }
        return String(token.dropFirst().dropLast())
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
