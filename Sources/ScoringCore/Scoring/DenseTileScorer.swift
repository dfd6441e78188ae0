/// A worker's scorer for `ScoreTiler.run`: per column tile, `queries × itemsᵀ` (and the gate product
/// beside it) into the worker's reusable tile buffers.
final class DenseTileScorer: RowTileScorer {
    private let operands: Operands
    private let columnTile: Int
    private let columnCount: Int
    private let scores: UnsafeMutableBufferPointer<Float>
    private let gate: UnsafeMutableBufferPointer<Float>

    /// Allocates the buffers for row tiles of at most `tileRows` rows and `options.columnTile` columns.
    init(operands: Operands, columnCount: Int, tileRows: Int, options: TilingOptions) {
        self.operands = operands
        self.columnTile = options.columnTile
        self.columnCount = columnCount
        let tileColumns = min(options.columnTile, columnCount)
        scores = .allocate(capacity: tileRows * tileColumns)
        gate = .allocate(capacity: operands.hasGate ? tileRows * tileColumns : 0)
        scores.initialize(repeating: 0)
        gate.initialize(repeating: 0)
    }

    deinit {
        scores.deallocate()
        gate.deallocate()
    }

    func score<Collector: TopKCollector>(rows: Range<Int>, into collector: inout Collector) -> Int {
        var multiplyAdds = 0
        for start in stride(from: 0, to: columnCount, by: columnTile) {
            let columns = start..<min(start + columnTile, columnCount)
            Operands.multiply(operands.queries, rows: rows, by: operands.items, columns: columns,
                              depth: operands.depth, into: scores.baseAddress!)
            multiplyAdds += rows.count * columns.count * operands.depth
            if operands.hasGate {
                Operands.multiply(operands.gateQueries, rows: rows, by: operands.gateItems,
                                  columns: columns, depth: operands.gateDepth, into: gate.baseAddress!)
                multiplyAdds += rows.count * columns.count * operands.gateDepth
            }
            WorkerPool<Collector>.handOver(rows: rows, columns: columns, scores: scores,
                                           gate: operands.hasGate ? gate : nil, to: &collector)
        }
        return multiplyAdds
    }
}
