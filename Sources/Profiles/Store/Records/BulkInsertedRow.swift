import GRDB

/// A row stored by the hundred thousand (a student, their grades and skills): it lists its columns with
/// their values once, and that one list both encodes it (`encode(to:)`) and inserts many rows with a
/// few multi-row statements (`insertAll(_:_:)`).
///
/// GRDB's own `insert` builds its SQL anew for every row; with it, storing 100,000 students took a third
/// longer than with one prepared statement per row, which in turn costs a statement step per row.
protocol BulkInsertedRow: PersistableRecord {
    /// Every column of the row with its value.
    var columnValues: [(column: Column, value: (any DatabaseValueConvertible)?)] { get }
}

extension BulkInsertedRow {
    /// Rows per INSERT: enough to pay the statement's cost once for many rows, few enough that the
    /// statement of each shorter length that ends a batch is small to prepare and to keep cached.
    static var rowsPerStatement: Int { 128 }

    func encode(to container: inout PersistenceContainer) throws {
        for (column, value) in columnValues { container[column] = value }
    }

    /// Inserts `rows`, like `insert(_:)` on each in order, with `INSERT … VALUES (…), (…), …` statements
    /// of up to `rowsPerStatement` rows (fewer where `SQLiteLimits.boundValues` allows fewer).
    static func insertAll(_ rows: [Self], _ db: Database) throws {
        guard let first = rows.first else { return }
        let columns = first.columnValues.map(\.column.name)
        let rowsPerStatement = max(1, min(Self.rowsPerStatement, SQLiteLimits.boundValues / columns.count))
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        func sql(rows: Int) -> String {
            "INSERT INTO \(databaseTableName) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: rows).joined(separator: ", ")
        }
        var values: [DatabaseValue] = []
        values.reserveCapacity(min(rows.count, rowsPerStatement) * columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + rowsPerStatement, rows.count)
            values.removeAll(keepingCapacity: true)
            for row in rows[start..<end] {
                for (_, value) in row.columnValues { values.append(value?.databaseValue ?? .null) }
            }
            // Every size is prepared once and cached: full statements, and the few shorter lengths that end a call.
            let statement = try db.cachedStatement(sql: sql(rows: end - start))
            try statement.execute(arguments: StatementArguments(values))
            start = end
        }
    }
}
