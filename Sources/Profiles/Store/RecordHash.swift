import Foundation

/// A stable fingerprint of a record's content, so re-importing an unchanged record writes nothing.
enum RecordHash {
    static func of<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return fnv1a(try encoder.encode(value))
    }

    /// FNV-1a, 64 bits, as 16 hex digits. Not cryptographic: it detects change, not tampering.
    static func fnv1a(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        // By hand: `String(format:)` cost as much as the hashing for a student's CSV cells.
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 { buffer[index] = digits[Int((hash >> UInt64(60 - 4 * index)) & 0xF)] }
            return 16
        }
    }
}
