/// Multiplies queries by items tile by tile with `cblas_sgemm` and hands each tile to a collector.
///
/// The full rows × items matrix is never held: each worker owns a reusable `rowTile × columnTile`
/// buffer (two with a gate product), fills it with `queries × itemsᵀ` for one tile, and passes it to
/// its collector. Workers own whole row tiles and run on `ScoringExecutor.shared`, which keeps OpenBLAS
/// single-threaded and all runs of the process within one worker per core.
///
/// Results are the same for any `concurrency`, bit for bit. Other tile sizes make OpenBLAS sum some
/// scores in another order, moving them by a few ulps, so two items whose scores tie within float
/// rounding may swap; exactly representable scores never do.
public struct ScoreTiler: Sendable {
    /// Tile sizes and worker count.
    public let options: TilingOptions
    /// Where the workers run: the process-wide executor, or a test's own.
    let executor: ScoringExecutor

    /// Creates a tiler.
    ///
    /// - Parameter options: Tile sizes and worker count.
    public init(options: TilingOptions = TilingOptions()) {
        self.init(options: options, executor: .shared)
    }

    /// Creates a tiler whose workers run on `executor`.
    init(options: TilingOptions, executor: ScoringExecutor) {
        self.options = options
        self.executor = executor
    }

    /// Scores every pair of `queries × itemsᵀ` and feeds every tile to a collector.
    ///
    /// - Parameters:
    ///   - queries: One vector per row.
    ///   - items: One vector per item, as long as the query vectors.
    ///   - gate: A second product computed on the same tiles; collectors drop pairs whose gate value
    ///     exceeds 0.5.
    ///   - makeCollector: Creates the collector of each worker (called on the calling thread, with
    ///     worker numbers 0, 1, …).
    /// - Returns: The workers' collectors merged, and the work done.
    /// - Throws: `ScoringError` if shapes disagree or there are more rows or items than `Int32`
    ///   indices reach.
    /// - Complexity: O(rows × items × (d + g)) for vectors of length d and gate vectors of length g,
    ///   spread over `options.concurrency` workers (at most the executor's `workerLimit`); memory
    ///   O(rowTile × columnTile) per worker. Waits while other runs hold the executor's workers.
    public func run<Collector: TopKCollector>(
        queries: DenseMatrix,
        items: DenseMatrix,
        gate: GateProduct? = nil,
        makeCollector: (_ worker: Int) -> Collector
    ) throws(ScoringError) -> (collector: Collector, work: ScoreWork) {
        try Self.validate(queries: queries, items: items, gate: gate)
        let options = options
        let rowTiles = items.rows == 0 ? [] : Self.rowRanges(rowCount: queries.rows, rowTile: options.rowTile)
        let workers = max(1, min(options.concurrency, rowTiles.count, executor.workerLimit))
        let pool = WorkerPool((0..<workers).map(makeCollector), rowTiles: rowTiles)
        guard !rowTiles.isEmpty else { return (pool.merged(), .nothing) }
        let executor = executor, columnCount = items.rows, tileRows = min(options.rowTile, pool.largestRowTile)
        Operands.with(queries: queries, items: items, gate: gate) { operands in
            executor.perform(workers: workers) { worker in
                pool.work(worker: worker, scorer: DenseTileScorer(operands: operands, columnCount: columnCount,
                                                                  tileRows: tileRows, options: options))
            }
        }
        let work = ScoreWork(
            multiplyAdds: pool.multiplyAdds,
            tiles: rowTiles.count * ((items.rows + options.columnTile - 1) / options.columnTile),
            workers: workers
        )
        return (pool.merged(), work)
    }

    static func validate(queries: DenseMatrix, items: DenseMatrix, gate: GateProduct?) throws(ScoringError) {
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
}
