import GRDB

/// A profile flattened into its table row and child rows, ready to be upserted.
struct StoredRecord {
    struct Rows {
        var table: String
        var columns: [String]
        var values: [[(any DatabaseValueConvertible)?]]
    }

    var table: String
    var id: String
    var columns: [String]
    var values: [(any DatabaseValueConvertible)?]
    /// Child tables keyed by `<table>_id`, replaced whole when the record changes.
    var children: [Rows] = []
}

/// What an upsert did to one record.
public enum UpsertOutcome: Sendable {
    case new, changed, unchanged
}

extension StoredRecord {
    /// Inserts, updates or leaves the record, comparing a hash of its content with the stored one.
    func upsert(hash: String, in db: Database) throws -> UpsertOutcome {
        let existing = try String.fetchOne(db.cachedStatement(sql: "SELECT record_hash FROM \(table) WHERE id = ?"), arguments: [id])
        if existing == hash { return .unchanged }
        let allColumns = columns + ["record_hash"]
        let allValues = values + [hash]
        if existing == nil {
            let sql = "INSERT INTO \(table) (id, \(allColumns.joined(separator: ", "))) VALUES (?\(String(repeating: ", ?", count: allColumns.count)))"
            try db.cachedStatement(sql: sql).execute(arguments: StatementArguments([id] + allValues))
        } else {
            let sql = "UPDATE \(table) SET \(allColumns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
            try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(allValues + [id]))
            for child in children {
                try db.cachedStatement(sql: "DELETE FROM \(child.table) WHERE \(table)_id = ?").execute(arguments: [id])
            }
        }
        for child in children where !child.values.isEmpty {
            let sql = "INSERT INTO \(child.table) (\(table)_id, \(child.columns.joined(separator: ", "))) VALUES (?\(String(repeating: ", ?", count: child.columns.count)))"
            let statement = try db.cachedStatement(sql: sql)
            for row in child.values { try statement.execute(arguments: StatementArguments([id] + row)) }
        }
        return existing == nil ? .new : .changed
    }
}
