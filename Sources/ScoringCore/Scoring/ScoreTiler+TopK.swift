extension ScoreTiler {
    /// The best `k` eligible items of every query row.
    ///
    /// - Parameters:
    ///   - queries: One vector per row.
    ///   - items: One vector per item, as long as the query vectors.
    ///   - k: Items to keep per row; 0 returns empty lists without scoring.
    ///   - gate: A second product; pairs whose gate value exceeds 0.5 are ineligible.
    ///   - filter: Which pairs may be returned.
    /// - Returns: `queries.rows` lists best first (ties by lower item index), and the work done.
    /// - Throws: `ScoringError` for inconsistent shapes.
    /// - Complexity: O(rows × items × d) for vectors of length d, plus O(k) per accepted score.
    public func topItems<Filter: PairFilter>(
        queries: DenseMatrix, items: DenseMatrix, k: Int,
        gate: GateProduct? = nil, filter: Filter
    ) throws(ScoringError) -> (result: TopKResult, work: ScoreWork) {
        precondition(k >= 0, "k must not be negative")
        guard k > 0 else {
            try Self.validate(queries: queries, items: items, gate: gate)
            return (.empty(count: queries.rows, k: 0), .nothing)
        }
        let run = try run(queries: queries, items: items, gate: gate) { _ in
            RowTopKCollector(rows: queries.rows, k: k, filter: filter)
        }
        return (run.collector.result, run.work)
    }

    /// The best `k` items of every query row, every pair eligible.
    ///
    /// - Parameters:
    ///   - queries: One vector per row.
    ///   - items: One vector per item, as long as the query vectors.
    ///   - k: Items to keep per row.
    /// - Complexity: O(rows × items × d).
    public func topItems(queries: DenseMatrix, items: DenseMatrix, k: Int) throws(ScoringError) -> (result: TopKResult, work: ScoreWork) {
        try topItems(queries: queries, items: items, k: k, filter: AllPairsEligible())
    }

    /// In one pass, the best `rowK` items of every query row and the best `columnK` query rows of every item.
    ///
    /// - Parameters:
    ///   - queries: One vector per row.
    ///   - items: One vector per item, as long as the query vectors.
    ///   - rowK: Items to keep per query row.
    ///   - columnK: Query rows to keep per item.
    ///   - gate: A second product; pairs whose gate value exceeds 0.5 are ineligible.
    ///   - filter: Which pairs may be returned.
    /// - Returns: Per-row and per-column lists, best first with ties by lower index, and the work done.
    /// - Throws: `ScoringError` for inconsistent shapes.
    /// - Complexity: O(rows × items × d), plus O(k) per accepted score; memory
    ///   O(items × columnK) per worker.
    public func topMatches<Filter: PairFilter>(
        queries: DenseMatrix, items: DenseMatrix, rowK: Int, columnK: Int,
        gate: GateProduct? = nil, filter: Filter
    ) throws(ScoringError) -> (rows: TopKResult, columns: TopKResult, work: ScoreWork) {
        precondition(rowK >= 0 && columnK >= 0, "k must not be negative")
        guard rowK > 0 || columnK > 0 else {
            try Self.validate(queries: queries, items: items, gate: gate)
            return (.empty(count: queries.rows, k: 0), .empty(count: items.rows, k: 0),
                    .nothing)
        }
        let run = try run(queries: queries, items: items, gate: gate) { _ in
            RowColumnTopKCollector(rows: queries.rows, columns: items.rows, rowK: rowK, columnK: columnK, filter: filter)
        }
        return (run.collector.rowResult, run.collector.columnResult, run.work)
    }
}
