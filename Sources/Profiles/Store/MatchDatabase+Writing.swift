import GRDB

extension MatchDatabase {
    /// Counts of what an upsert did.
    public struct UpsertCounts: Sendable, Equatable, Codable {
        public var new = 0, changed = 0, unchanged = 0
        public init() {}

        mutating func count(_ outcome: UpsertOutcome) {
            switch outcome {
            case .new: new += 1
            case .changed: changed += 1
            case .unchanged: unchanged += 1
            }
        }
    }

    /// Upserts `records` inside the transaction of `db`.
    static func upsert<S: Sequence>(_ records: S, _ db: Database) throws -> UpsertCounts where S.Element: Storable {
        var counts = UpsertCounts()
        for record in records { counts.count(try record.upsert(db)) }
        return counts
    }
}
