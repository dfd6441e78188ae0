import CBLAS
import Dispatch

/// Multiplies queries by items tile by tile with `cblas_sgemm` and hands each tile to a collector.
///
/// The full rows × items matrix is never held: each worker owns a reusable `rowTile × columnTile`
/// buffer (two with a gate product), fills it with `queries × itemsᵀ` for one tile, and passes it to
/// its collector. Workers own whole row tiles; OpenBLAS runs single-threaded so the workers are the
/// only level of parallelism.
///
/// Results are the same for any `concurrency` and any `OPENBLAS_NUM_THREADS`, bit for bit. Other
/// tile sizes make OpenBLAS sum some scores in another order, moving them by a few ulps, so two
/// items whose scores tie within float rounding may swap; exactly representable scores never do.
public struct ScoreTiler: Sendable {
    /// Tile sizes and worker count.
    public let options: TilingOptions

    /// Creates a tiler.
    ///
    /// - Parameter options: Tile sizes and worker count.
    public init(options: TilingOptions = TilingOptions()) {
        self.options = options
    }

    /// Scores `queries × itemsᵀ` over the blocks of `plan` and feeds every tile to a collector.
    ///
    /// - Parameters:
    ///   - queries: One vector per row.
    ///   - items: One vector per item, as long as the query vectors.
    ///   - gate: A second product computed on the same tiles; collectors drop pairs whose gate value
    ///     exceeds 0.5.
    ///   - plan: The blocks to compute; `nil` computes every pair.
    ///   - makeCollector: Creates the collector of each worker (called on the calling thread, with
    ///     worker numbers 0, 1, …).
    /// - Returns: The workers' collectors merged, and the multiplication done against the full product.
    /// - Throws: `ScoringError` if shapes disagree, the plan leaves the product, or there are more
    ///   rows or items than `Int32` indices reach.
    /// - Complexity: O(p × (d + g)) for p planned pairs, vectors of length d and gate vectors of
    ///   length g, spread over `options.concurrency` workers; memory O(rowTile × columnTile) per worker.
    public func run<Collector: TopKCollector>(
        queries: DenseMatrix,
        items: DenseMatrix,
        gate: GateProduct? = nil,
        plan: ScorePlan? = nil,
        makeCollector: (_ worker: Int) -> Collector
    ) throws(ScoringError) -> (collector: Collector, work: ScoreWork) {
        try Self.validate(queries: queries, items: items, gate: gate, plan: plan)
        let options = options
        let plan = plan ?? .everything(rows: queries.rows, columns: items.rows)
        let gateDepth = gate?.queries.columns ?? 0
        let units = RowTileWork.split(plan, rowCount: queries.rows, rowTile: options.rowTile)
        let tileCount = units.reduce(0) { $0 + $1.tileCount(columnTile: options.columnTile) }
        let work = ScoreWork(
            multiplyAdds: plan.pairCount * (queries.columns + gateDepth),
            fullMultiplyAdds: queries.rows * items.rows * (queries.columns + gateDepth),
            tiles: tileCount
        )
        let workers = max(1, min(options.concurrency, units.count))
        let pool = WorkerPool((0..<workers).map(makeCollector), units: units)
        guard !units.isEmpty else { return (pool.merged(), work) }

        // The workers are the one level of parallelism; a global setting, so it is not restored.
        openblas_set_num_threads(1)
        Operands.with(queries: queries, items: items, gate: gate) { operands in
            if workers == 1 {
                pool.work(worker: 0, operands: operands, options: options)
            } else {
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    pool.work(worker: worker, operands: operands, options: options)
                }
            }
        }
        return (pool.merged(), work)
    }

    static func validate(queries: DenseMatrix, items: DenseMatrix, gate: GateProduct?, plan: ScorePlan?) throws(ScoringError) {
        guard queries.columns == items.columns else {
            throw .dimensionMismatch(what: "item vector length", expected: queries.columns, actual: items.columns)
        }
        guard queries.rows <= Int(Int32.max) else { throw .tooManyIndices(what: "query rows", count: queries.rows) }
        guard items.rows <= Int(Int32.max) else { throw .tooManyIndices(what: "items", count: items.rows) }
        if let gate {
            guard gate.queries.rows == queries.rows else {
                throw .dimensionMismatch(what: "gate query rows", expected: queries.rows, actual: gate.queries.rows)
            }
            guard gate.items.rows == items.rows else {
                throw .dimensionMismatch(what: "gate item rows", expected: items.rows, actual: gate.items.rows)
            }
        }
        for (index, block) in (plan?.blocks ?? []).enumerated()
        where block.rows.lowerBound < 0 || block.rows.upperBound > queries.rows
            || block.columns.lowerBound < 0 || block.columns.upperBound > items.rows {
            throw .planBlockOutOfBounds(block: index, rows: queries.rows, columns: items.rows)
        }
    }
}

/// The blocks of one row tile: the unit of work a worker takes.
struct RowTileWork: Sendable {
    /// Rows of the tile.
    let rows: Range<Int>
    /// Plan blocks clipped to `rows`.
    let blocks: [ScorePlan.Block]

    /// Cuts the plan into row tiles (see `rowRanges`), dropping tiles no block touches.
    static func split(_ plan: ScorePlan, rowCount: Int, rowTile: Int) -> [RowTileWork] {
        rowRanges(rowCount: rowCount, rowTile: rowTile).compactMap { rows in
            let blocks = plan.blocks.compactMap { block -> ScorePlan.Block? in
                let clipped = block.rows.clamped(to: rows)
                return clipped.isEmpty ? nil : ScorePlan.Block(rows: clipped, columns: block.columns)
            }
            return blocks.isEmpty ? nil : RowTileWork(rows: rows, blocks: blocks)
        }
    }

    /// Row tiles of `rowTile` rows, except that the last two tiles' worth of rows come in quarter
    /// tiles, so that workers taking tiles from one queue finish close together.
    ///
    /// Quarter tiles are a multiple of 16 rows, the GEMM kernels' row unroll, so every score is
    /// summed as it would be in a whole tile. The cut depends on the row count and `rowTile` only,
    /// never on the number of workers.
    static func rowRanges(rowCount: Int, rowTile: Int) -> [Range<Int>] {
        func cut(_ rows: Range<Int>, by size: Int) -> [Range<Int>] {
            stride(from: rows.lowerBound, to: rows.upperBound, by: size).map { $0..<min($0 + size, rows.upperBound) }
        }
        let quarter = rowTile / 4 / 16 * 16
        guard quarter > 0 else { return cut(0..<rowCount, by: rowTile) }
        let wholeTilesEnd = max(0, rowCount - 2 * rowTile) / rowTile * rowTile
        return cut(0..<wholeTilesEnd, by: rowTile) + cut(wholeTilesEnd..<rowCount, by: quarter)
    }

    /// Number of tiles `columnTile` items wide.
    func tileCount(columnTile: Int) -> Int {
        blocks.reduce(0) { $0 + ($1.columns.count + columnTile - 1) / columnTile }
    }
}
