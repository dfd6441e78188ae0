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

    /// Upserts `records` (distinct ids) inside the transaction of `db`, `upsertBatchSize` at a time.
    static func upsert<S: Sequence>(_ records: S, _ db: Database) throws -> UpsertCounts where S.Element: Storable {
        var counts = UpsertCounts()
        var batch: [S.Element] = []
        batch.reserveCapacity(upsertBatchSize)
        for record in records {
            batch.append(record)
            if batch.count == upsertBatchSize {
                try S.Element.upsert(batch, db).forEach { counts.count($0) }
                batch.removeAll(keepingCapacity: true)
            }
        }
        try S.Element.upsert(batch, db).forEach { counts.count($0) }
        return counts
    }

    /// How many records one batched upsert takes (`Storable.upsert(_:_:)`): enough that its few
    /// statements cost little per record, few enough that the batch's rows stay small in memory.
    static let upsertBatchSize = 512
}
