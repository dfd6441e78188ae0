import CBLAS
import Foundation

/// Read-only views of a gathered run's operands, shared by all workers.
struct GatheredOperands: @unchecked Sendable {
    // Unchecked: the query pointer comes from an immutable array kept alive by `runGathered`.
    let queries: UnsafePointer<Float>?
    let depth: Int
    let items: SparseRows
    let itemRows: [Int32]
}

/// The workers of a gathered run: each takes whole row tiles from a shared queue and, per column tile,
/// packs the shared non-zero columns of both sides before calling `cblas_sgemm`.
final class GatheredWorkerPool<Collector: TopKCollector>: @unchecked Sendable {
    // Unchecked: worker w alone touches slot w and counter w while running; `next` is guarded by `lock`.
    private let slots: UnsafeMutableBufferPointer<Collector>
    private let counters: UnsafeMutableBufferPointer<Int>
    private let rowTiles: [Range<Int>]
    private let columnTiles: ColumnTileMasks
    private let lock = NSLock()
    private var next = 0

    init(_ collectors: [Collector], rowTiles: [Range<Int>], columnTiles: ColumnTileMasks) {
        slots = .allocate(capacity: collectors.count)
        _ = slots.initialize(from: collectors)
        counters = .allocate(capacity: collectors.count)
        counters.initialize(repeating: 0)
        self.rowTiles = rowTiles
        self.columnTiles = columnTiles
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
        counters.deallocate()
    }

    /// Multiply-adds computed by all workers.
    var multiplyAdds: Int { counters.reduce(0, +) }

    private func nextRowTile() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < rowTiles.count else { return nil }
        next += 1
        return rowTiles[next - 1]
    }

    /// Runs worker `worker` until no row tile is left.
    func work(worker: Int, operands: GatheredOperands, rowTile: Int) {
        let depth = operands.depth, words = columnTiles.words
        let tileRows = min(rowTile, rowTiles.map(\.count).max() ?? 0)
        let tileColumns = columnTiles.ranges.map(\.count).max() ?? 0
        let scores = UnsafeMutableBufferPointer<Float>.allocate(capacity: tileRows * tileColumns)
        let packedQueries = UnsafeMutableBufferPointer<Float>.allocate(capacity: tileRows * depth)
        let packedItems = UnsafeMutableBufferPointer<Float>.allocate(capacity: tileColumns * depth)
        let shared = UnsafeMutableBufferPointer<Int32>.allocate(capacity: depth)
        // Position of each feature column among the tile's shared columns, -1 when not shared.
        let position = UnsafeMutableBufferPointer<Int32>.allocate(capacity: depth)
        var rowMask = [UInt64](repeating: 0, count: words)
        let used = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: depth)
        scores.initialize(repeating: 0)
        position.initialize(repeating: -1)
        defer {
            for buffer in [scores, packedQueries, packedItems] { buffer.deallocate() }
            shared.deallocate()
            position.deallocate()
            used.deallocate()
        }
        guard let queries = operands.queries else { return }
        let items = operands.items
        while let rows = nextRowTile() {
            // The columns some query of this row tile uses.
            // OR of the rows' bit patterns: non-zero wherever some row is (-0 counts too, harmlessly).
            used.update(repeating: 0)
            for row in rows {
                let line = UnsafeRawPointer(queries + row * depth).assumingMemoryBound(to: UInt32.self)
                for column in 0..<depth { used[column] |= line[column] }
            }
            for word in 0..<words { rowMask[word] = 0 }
            for column in 0..<depth where used[column] != 0 { rowMask[column >> 6] |= 1 << UInt64(column & 63) }
            slots[worker].begin(rows: rows)
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
                    counters[worker] += rows.count * columns.count * count
                    for index in 0..<count { position[Int(shared[index])] = -1 }
                }
                WorkerPool<Collector>.handOver(rows: rows, columns: columns, scores: scores, gate: nil, to: &slots[worker])
            }
            slots[worker].end()
        }
    }

    /// All workers' collectors merged into the first.
    func merged() -> Collector {
        var result = slots[0]
        for other in slots.dropFirst() { result.merge(other) }
        return result
    }
}
