/// Multiplies each tile's column `j` by `scales[j]` before handing it to `inner`.
///
/// The real scoring model multiplies whole-number features, which float sums exactly in any order; a
/// per-item scale then turns each exact dot product into a score with one rounding. Applying it here,
/// after the GEMM, keeps results bit-for-bit identical across tile sizes and thread counts.
public struct ColumnScaledCollector<Inner: TopKCollector>: TopKCollector {
    public private(set) var inner: Inner
    private let scales: [Float]
    private let scratch: TileScratch

    /// - Parameters:
    ///   - inner: the collector that ranks the scaled scores.
    ///   - scales: one factor per item (column) of the product.
    public init(_ inner: Inner, scales: [Float]) {
        self.inner = inner
        self.scales = scales
        scratch = TileScratch()
    }

    public mutating func begin(rows: Range<Int>) { inner.begin(rows: rows) }

    public mutating func add(_ tile: ScoreTile) {
        let buffer = scratch.buffer(count: tile.scores.count)
        let width = tile.columns.count
        scales.withUnsafeBufferPointer { scales in
            let columnScales = UnsafeBufferPointer(rebasing: scales[tile.columns])
            for row in 0..<tile.rows.count {
                let base = row * width
                for column in 0..<width { buffer[base + column] = tile.scores[base + column] * columnScales[column] }
            }
        }
        inner.add(ScoreTile(rows: tile.rows, columns: tile.columns, scores: UnsafeBufferPointer(buffer), gate: tile.gate))
    }

    public mutating func end() { inner.end() }

    public mutating func merge(_ other: ColumnScaledCollector<Inner>) { inner.merge(other.inner) }
}
