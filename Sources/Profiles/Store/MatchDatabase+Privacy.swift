import Foundation
import GRDB

extension MatchDatabase {
    /// The pseudonym key of this database (made by the migration that created it).
    public func pseudonyms() throws -> Pseudonyms {
        guard let key = try meta("pseudonym_key").flatMap(Data.init(hex:)) else {
            throw DatabaseError(message: "the database has no pseudonym key: rebuild it with `match-cli init`")
        }
        return Pseudonyms(key: key)
    }
}

extension Data {
    /// Bytes from hex digits; nil if the text is not an even run of hex digits.
    init?(hex: String) {
        var bytes: [UInt8] = []
        var iterator = hex.utf8.makeIterator()
        while let high = iterator.next() {
            guard let low = iterator.next(), let h = Self.nibble(high), let l = Self.nibble(low) else { return nil }
            bytes.append(h << 4 | l)
        }
        self.init(bytes)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: c - 48
        case 97...102: c - 87
        case 65...70: c - 55
        default: nil
        }
    }
}
