/// A collector that ignores every tile: running the tiler with it times the raw `cblas_sgemm` work
/// over exactly the same tiles and threading as a real run.
public struct DiscardingCollector: TopKCollector {
    /// Creates a collector that keeps nothing.
    public init() {}
    public mutating func begin(rows: Range<Int>) {}
    public mutating func add(_ tile: ScoreTile) {}
    public mutating func end() {}
    public mutating func merge(_ other: DiscardingCollector) {}
}
