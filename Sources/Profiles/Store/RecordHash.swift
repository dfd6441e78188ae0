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
        return String(format: "%016llx", hash)
    }
}
