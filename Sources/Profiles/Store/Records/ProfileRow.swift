import GRDB

/// The row a profile is stored in: keyed by `id`, and carrying a hash of the content it was stored
/// from, so that importing an unchanged profile again writes nothing.
///
/// The model types keep their own `Codable` form (JSON files, content hashes), and a profile spans
/// several tables, so each table has a record of its own and the profile maps onto it (`Storable`).
protocol ProfileRow: Codable, FetchableRecord, PersistableRecord {
    var id: String { get }
    var recordHash: String { get }
    /// Inserts the rows of profiles not stored before (`insert(_:)` one by one, unless the row knows a
    /// faster way).
    static func insertNew(_ rows: [Self], _ db: Database) throws
}

/// The columns every profile table has.
enum ProfileColumns {
    static let id = Column("id")
    static let recordHash = Column("record_hash")
}

extension ProfileRow {
    static func insertNew(_ rows: [Self], _ db: Database) throws {
        for row in rows { try row.insert(db) }
    }

    /// The content hashes stored for these ids, by id (an id with no row is absent).
    /// - Complexity: one query per `SQLiteLimits.boundValues` ids, not one per id.
    static func storedHashes(ids: [String], _ db: Database) throws -> [String: String] {
        var hashes: [String: String] = [:]
        hashes.reserveCapacity(ids.count)
        var start = ids.startIndex
        while start < ids.endIndex {
            let chunk = ids[start..<min(start + SQLiteLimits.boundValues, ids.endIndex)]
            start = chunk.endIndex
            // Cached by length: an import asks for batches of one size (`upsertBatchSize`) and one shorter last.
            let sql = """
                SELECT \(ProfileColumns.id.name), \(ProfileColumns.recordHash.name) FROM \(databaseTableName)
                WHERE \(ProfileColumns.id.name) IN (\(databaseQuestionMarks(count: chunk.count)))
                """
            let statement = try db.cachedStatement(sql: sql)
            let rows = try Row.fetchCursor(statement, arguments: StatementArguments(Array(chunk)))
            while let row = try rows.next() {
                let id: String = row[0], hash: String = row[1]
                hashes[id] = hash
            }
        }
        return hashes
    }
}

/// What one statement may carry.
enum SQLiteLimits {
    /// Values bound to one statement: 999 is the least any SQLite build allows
    /// (`SQLITE_MAX_VARIABLE_NUMBER` before 3.32), and past a few hundred rows a longer statement saves
    /// nothing measurable.
    static let boundValues = 999
}

/// A list kept in one text column, `;`-separated.
enum StoredList {
    static func text(_ items: [String]) -> String { items.joined(separator: ";") }
    static func items(_ text: String) -> [String] { text.isEmpty ? [] : text.components(separatedBy: ";") }
}
