import GRDB

/// How a profile maps onto its tables: a row of its own, and child rows (grades, skills, offerings, …)
/// that are replaced whole when the profile changes.
protocol Storable: Encodable, Identifiable where ID == String {
    associatedtype StoredRow: ProfileRow
    /// The profile's own row.
    func storedRow(recordHash: String) -> StoredRow
    /// Inserts the child rows, once the profile's own row is stored.
    func insertChildRows(_ db: Database) throws
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
    static func deleteChildRows(of id: String, _ db: Database) throws {}

    /// Inserts, updates or leaves the profile, comparing a hash of its content with the stored one.
    func upsert(_ db: Database) throws -> UpsertOutcome {
        let hash = try contentHash()
        let existing = try StoredRow.storedHash(id: id, db)
        if existing == hash { return .unchanged }
        let row = storedRow(recordHash: hash)
        if existing == nil {
            try row.insertNew(db)
        } else {
            try row.update(db)
            try Self.deleteChildRows(of: id, db)
        }
        try insertChildRows(db)
        return existing == nil ? .new : .changed
    }
}
