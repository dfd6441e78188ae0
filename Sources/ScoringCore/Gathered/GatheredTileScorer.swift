import CBLAS

/// Read-only views of a gathered run's operands, shared by all workers.
struct GatheredOperands: @unchecked Sendable {
    // Unchecked: the query pointer comes from an immutable array kept alive by `runGathered`.
    let queries: UnsafePointer<Float>?
    let depth: Int
    let items: SparseRows
    let itemRows: [Int32]
}

/// A worker's scorer for `ScoreTiler.runGathered`: per column tile, packs the feature columns that
/// some query of the row tile and some item of the column tile use, and multiplies only those.
final class GatheredTileScorer: RowTileScorer {
    private let operands: GatheredOperands
    private let columnTiles: ColumnTileMasks
    private let scores: UnsafeMutableBufferPointer<Float>
    private let packedQueries: UnsafeMutableBufferPointer<Float>
    private let packedItems: UnsafeMutableBufferPointer<Float>
    private let shared: UnsafeMutableBufferPointer<Int32>
    /// Position of each feature column among the tile's shared columns, -1 when not shared.
    private let position: UnsafeMutableBufferPointer<Int32>
    private let used: UnsafeMutableBufferPointer<UInt32>
    private var rowMask: [UInt64]

    /// Allocates the buffers for row tiles of at most `tileRows` rows.
    init(operands: GatheredOperands, columnTiles: ColumnTileMasks, tileRows: Int) {
        self.operands = operands
        self.columnTiles = columnTiles
        let depth = operands.depth
        let tileColumns = columnTiles.ranges.map(\.count).max() ?? 0
        scores = .allocate(capacity: tileRows * tileColumns)
        packedQueries = .allocate(capacity: tileRows * depth)
        packedItems = .allocate(capacity: tileColumns * depth)
        shared = .allocate(capacity: depth)
        position = .allocate(capacity: depth)
        used = .allocate(capacity: depth)
        rowMask = [UInt64](repeating: 0, count: columnTiles.words)
        scores.initialize(repeating: 0)
        position.initialize(repeating: -1)
    }

    deinit {
        for buffer in [scores, packedQueries, packedItems] { buffer.deallocate() }
        shared.deallocate()
        position.deallocate()
        used.deallocate()
    }

    func score<Collector: TopKCollector>(rows: Range<Int>, into collector: inout Collector) -> Int {
        guard let queries = operands.queries else { return 0 }
        let depth = operands.depth, words = columnTiles.words, items = operands.items
        var multiplyAdds = 0
        // The columns some query of this row tile uses.
        // OR of the rows' bit patterns: non-zero wherever some row is (-0 counts too, harmlessly).
        used.update(repeating: 0)
        for row in rows {
            let line = UnsafeRawPointer(queries + row * depth).assumingMemoryBound(to: UInt32.self)
            for column in 0..<depth { used[column] |= line[column] }
        }
        for word in 0..<words { rowMask[word] = 0 }
        for column in 0..<depth where used[column] != 0 { rowMask[column >> 6] |= 1 << UInt64(column & 63) }
        for (tile, columns) in columnTiles.ranges.enumerated() {
            var count = 0
            for word in 0..<words {
                var bits = rowMask[word] & columnTiles.bits[tile * words + word]
                while bits != 0 {
                    let column = word << 6 | bits.trailingZeroBitCount
                    shared[count] = Int32(column)
                    position[column] = Int32(count)
                    count += 1
                    bits &= bits - 1
                }
            }
            if count > 0 {
                for (local, row) in rows.enumerated() {
                    let line = queries + row * depth, packed = packedQueries.baseAddress! + local * count
                    for index in 0..<count { packed[index] = line[Int(shared[index])] }
                }
                let packed = UnsafeMutableBufferPointer(rebasing: packedItems[0..<columns.count * count])
                packed.update(repeating: 0)
                for (local, itemPosition) in columns.enumerated() {
                    let item = Int(operands.itemRows[itemPosition])
                    for entry in items.offsets[item]..<items.offsets[item + 1] {
                        let at = position[Int(items.columnIndices[entry])]
                        if at >= 0 { packed[local * count + Int(at)] = items.values[entry] }
                    }
                }
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows.count), Int32(columns.count), Int32(count),
                            1, packedQueries.baseAddress, Int32(count), packedItems.baseAddress, Int32(count),
                            1, scores.baseAddress, Int32(columns.count))
                multiplyAdds += rows.count * columns.count * count
                for index in 0..<count { position[Int(shared[index])] = -1 }
            }
            WorkerPool<Collector>.handOver(rows: rows, columns: columns, scores: scores, gate: nil, to: &collector)
        }
        return multiplyAdds
    }
}
