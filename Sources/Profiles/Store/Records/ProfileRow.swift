import GRDB

/// The row a profile is stored in: keyed by `id`, and carrying a hash of the content it was stored
/// from, so that importing an unchanged profile again writes nothing.
///
/// The model types keep their own `Codable` form (JSON files, content hashes), and a profile spans
/// several tables, so each table has a record of its own and the profile maps onto it (`Storable`).
protocol ProfileRow: Codable, FetchableRecord, PersistableRecord {
    var id: String { get }
    var recordHash: String { get }
    /// Inserts the row of a profile not stored before (`insert(_:)`, unless the row knows a faster way).
    func insertNew(_ db: Database) throws
}

/// The columns every profile table has.
enum ProfileColumns {
    static let id = Column("id")
    static let recordHash = Column("record_hash")
}

extension ProfileRow {
    func insertNew(_ db: Database) throws { try insert(db) }

    /// The content hash stored for the profile `id`, or nil when there is none.
    static func storedHash(id: String, _ db: Database) throws -> String? {
        // A cached statement: this runs once per imported record.
        let statement = try db.cachedStatement(sql: """
            SELECT \(ProfileColumns.recordHash.name) FROM \(databaseTableName) WHERE \(ProfileColumns.id.name) = ?
            """)
        return try Row.fetchOne(statement, arguments: [id])?[ProfileColumns.recordHash]
    }
}

/// A list kept in one text column, `;`-separated.
enum StoredList {
    static func text(_ items: [String]) -> String { items.joined(separator: ";") }
    static func items(_ text: String) -> [String] { text.isEmpty ? [] : text.components(separatedBy: ";") }
}
