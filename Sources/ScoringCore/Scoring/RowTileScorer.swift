/// What one worker of a `WorkerPool` does with each row tile it takes: compute the tile's scores
/// column tile by column tile and hand each to the worker's collector.
///
/// A scorer owns the worker's buffers (made once per worker and reused for every row tile), so the
/// pool, its queue and its collectors are the same for every way of computing scores.
protocol RowTileScorer {
    /// Scores `rows` against every item and hands the tiles to `collector`, between the pool's
    /// `begin(rows:)` and `end()`.
    ///
    /// - Returns: The multiply-adds computed.
    mutating func score<Collector: TopKCollector>(rows: Range<Int>, into collector: inout Collector) -> Int
}
