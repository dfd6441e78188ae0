import Foundation
import GRDB

extension MatchDatabase {
    /// Counts of what an upsert did.
    public struct UpsertCounts: Sendable, Equatable, Codable {
        public var new = 0, changed = 0, unchanged = 0
        public init() {}
    }

    /// Upserts generated students in one transaction (all or none). Records are not re-validated:
    /// use this only for students made by `CohortGenerator` from this database's catalogue.
    public func storeGenerated<S: Sequence>(_ students: S) throws -> UpsertCounts where S.Element == Student {
        try store(students)
    }

    /// Upserts generated vacancies (from `VacancyGenerator`) in one transaction.
    public func storeGenerated<S: Sequence>(_ vacancies: S) throws -> UpsertCounts where S.Element == Vacancy {
        try store(vacancies)
    }

    private func store<S: Sequence>(_ records: S) throws -> UpsertCounts where S.Element: Storable {
        try writer.write { db in
            var counts = UpsertCounts()
            for record in records {
                switch try record.storedRecord.upsert(hash: record.contentHash(), in: db) {
                case .new: counts.new += 1
                case .changed: counts.changed += 1
                case .unchanged: counts.unchanged += 1
                }
            }
            return counts
        }
    }

    /// A value kept in the `meta` table (e.g. where the catalogue was built from).
    public func meta(_ key: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try writer.write { db in
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", arguments: [key, value])
        }
    }
}
