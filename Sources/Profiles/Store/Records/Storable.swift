import GRDB

/// How a profile maps onto its tables: a row of its own, and child rows (grades, skills, offerings, …)
/// that are replaced whole when the profile changes.
protocol Storable: Encodable, Identifiable, Sendable where ID == String {
    associatedtype StoredRow: ProfileRow
    /// The profile's own row.
    func storedRow(recordHash: String) -> StoredRow
    /// Inserts the child rows, once the profile's own row is stored.
    func insertChildRows(_ db: Database) throws
    /// Inserts the child rows of several profiles, once their own rows are stored (one profile after
    /// another, unless the kind knows a faster way).
    static func insertChildRows(of records: [Self], _ db: Database) throws
    /// Deletes the child rows of the profile `id`.
    static func deleteChildRows(of id: String, _ db: Database) throws
    /// A fingerprint of the content, compared on re-import to skip unchanged records.
    func contentHash() throws -> String
}

/// What an upsert did to one record.
public enum UpsertOutcome: Sendable {
    case new, changed, unchanged
}

extension Storable {
    func contentHash() throws -> String { try RecordHash.of(self) }
    func insertChildRows(_ db: Database) throws {}
    static func insertChildRows(of records: [Self], _ db: Database) throws {
        for record in records { try record.insertChildRows(db) }
    }
    static func deleteChildRows(of id: String, _ db: Database) throws {}

    /// Inserts, updates or leaves the profile, comparing a hash of its content with the stored one.
    func upsert(_ db: Database) throws -> UpsertOutcome { try Self.upsert([self], db)[0] }

    /// Inserts, updates or leaves each profile, comparing a hash of its content with the stored one: the
    /// rule of `upsert(_:)`, with one query for the stored hashes of all of them and the new rows and
    /// child rows inserted together (`ProfileRow.insertNew(_:_:)`, `insertChildRows(of:_:)`).
    /// - Parameters:
    ///   - records: profiles with distinct ids (the same id twice would be inserted twice, which the
    ///     table's primary key refuses).
    ///   - hashes: their `contentHash()` where already made (the importer makes them on its reading thread);
    ///     nil or missing ones are made here.
    /// - Returns: what happened to each, in order.
    /// - Complexity: O(n) rows written, O(n / 999) queries for the stored hashes.
    static func upsert(_ records: [Self], _ db: Database, hashes known: [String?] = []) throws -> [UpsertOutcome] {
        let hashes = try records.indices.map { index in
            try (index < known.count ? known[index] : nil) ?? records[index].contentHash()
        }
        let stored = try StoredRow.storedHashes(ids: records.map(\.id), db)
        var outcomes: [UpsertOutcome] = []
        outcomes.reserveCapacity(records.count)
        var newRows: [StoredRow] = [], written: [Self] = []
        for (record, hash) in zip(records, hashes) {
            switch stored[record.id] {
            case hash?:
                outcomes.append(.unchanged)
            case nil:
                outcomes.append(.new)
                newRows.append(record.storedRow(recordHash: hash))
                written.append(record)
            case _?:
                outcomes.append(.changed)
                try record.storedRow(recordHash: hash).update(db)
                try deleteChildRows(of: record.id, db)
                written.append(record)
            }
        }
        try StoredRow.insertNew(newRows, db)
        try insertChildRows(of: written, db)
        return outcomes
    }
}
