/// Receives tiles of scores from `ScoreTiler` and keeps what it needs, never the whole product.
///
/// Shaped after Faiss's `ResultHandler` (`begin_multiple / add_results / end_multiple`): the tiler
/// never sees heaps and collectors never see BLAS. Each worker owns one collector and calls, per row
/// tile, `begin(rows:)`, then `add(_:)` for each tile within those rows, then `end()`. Row tiles of
/// different workers are disjoint; at the end the workers' collectors are combined with `merge(_:)`.
public protocol TopKCollector: Sendable {
    /// Starts a row tile: every tile added until `end()` lies within `rows`.
    mutating func begin(rows: Range<Int>)
    /// Takes one tile of scores; its buffers are only valid during the call.
    mutating func add(_ tile: ScoreTile)
    /// Finishes the row tile begun last.
    mutating func end()
    /// Folds in the collector of another worker, which saw other row tiles.
    mutating func merge(_ other: Self)
}
