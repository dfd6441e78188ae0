extension ScoreTiler {
    /// Scores `queries` against the items `itemRows` of `items`, multiplying per tile only the feature
    /// columns that are non-zero on both sides, and feeds every tile to a collector.
    ///
    /// Each tile gathers the columns that some query of its row tile and some item of its column tile
    /// use into packed operands and multiplies those: a column that is zero on either side adds nothing
    /// to any score of the tile. The collectors see the items as columns `0..<itemRows.count`, in the
    /// order given. Whole-number features (the real model's) make every score exactly what the full
    /// product gives, for any tiling and worker count; other data may move by a few ulps, since the sums
    /// skip zero terms.
    ///
    /// - Parameters:
    ///   - queries: One dense vector per row.
    ///   - items: Sparse item vectors, as long as the query vectors.
    ///   - itemRows: Which items to score, in column order (each below `items.rows`).
    ///   - makeCollector: Creates the collector of each worker (worker numbers 0, 1, …).
    /// - Returns: The workers' collectors merged, and the multiply-adds actually computed.
    /// - Throws: `ScoringError` if the vector lengths differ or indices pass `Int32`.
    /// - Complexity: O(Σ tiles rows × columns × shared columns) multiply-adds, plus O(rows × d) per
    ///   column tile to pack; memory O(rowTile × (columnTile + d)) per worker.
    public func runGathered<Collector: TopKCollector>(
        queries: DenseMatrix,
        items: SparseRows,
        itemRows: [Int32],
        makeCollector: (_ worker: Int) -> Collector
    ) throws(ScoringError) -> (collector: Collector, work: ScoreWork) {
        guard queries.columns == items.columns else {
            throw .dimensionMismatch(what: "item vector length", expected: queries.columns, actual: items.columns)
        }
        guard queries.rows <= Int(Int32.max) else { throw .tooManyIndices(what: "query rows", count: queries.rows) }
        precondition(itemRows.allSatisfy { $0 >= 0 && Int($0) < items.rows }, "item row out of range")
        let options = options
        let rowTiles = itemRows.isEmpty ? [] : Self.rowRanges(rowCount: queries.rows, rowTile: options.rowTile)
        let workers = max(1, min(options.concurrency, rowTiles.count, executor.workerLimit))
        let columnTiles = ColumnTileMasks(items: items, itemRows: itemRows, columnTile: options.columnTile)
        let pool = WorkerPool((0..<workers).map(makeCollector), rowTiles: rowTiles)
        guard !rowTiles.isEmpty else { return (pool.merged(), .nothing) }
        let executor = executor, tileRows = min(options.rowTile, pool.largestRowTile)
        queries.storage.withUnsafeBufferPointer { queryValues in
            let operands = GatheredOperands(queries: queryValues.baseAddress, depth: queries.columns, items: items, itemRows: itemRows)
            executor.perform(workers: workers) { worker in
                pool.work(worker: worker, scorer: GatheredTileScorer(operands: operands, columnTiles: columnTiles, tileRows: tileRows))
            }
        }
        let work = ScoreWork(multiplyAdds: pool.multiplyAdds, tiles: rowTiles.count * columnTiles.ranges.count, workers: workers)
        return (pool.merged(), work)
    }
}

/// The item side of a gathered run: column tiles over `itemRows`, and per tile the feature columns
/// that some item of the tile uses, as a bit set.
struct ColumnTileMasks: Sendable {
    let ranges: [Range<Int>]
    /// `ranges.count × words` bits: column c of tile t is bit c % 64 of word t × words + c / 64.
    let bits: [UInt64]
    let words: Int

    init(items: SparseRows, itemRows: [Int32], columnTile: Int) {
        words = (items.columns + 63) / 64
        ranges = stride(from: 0, to: itemRows.count, by: columnTile).map { $0..<min($0 + columnTile, itemRows.count) }
        var bits = [UInt64](repeating: 0, count: ranges.count * words)
        for (tile, range) in ranges.enumerated() {
            for position in range {
                let row = Int(itemRows[position])
                for entry in items.offsets[row]..<items.offsets[row + 1] {
                    let column = Int(items.columnIndices[entry])
                    bits[tile * words + column >> 6] |= 1 << UInt64(column & 63)
                }
            }
        }
        self.bits = bits
    }
}
