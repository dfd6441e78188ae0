import CBLAS
import Foundation

/// Read-only pointers to a run's matrices, shared by all workers.
struct Operands: @unchecked Sendable {
    // Unchecked: the pointers come from immutable arrays kept alive by `with`, and nobody writes them.
    let queries: UnsafePointer<Float>?
    let items: UnsafePointer<Float>?
    let depth: Int
    let gateQueries: UnsafePointer<Float>?
    let gateItems: UnsafePointer<Float>?
    let gateDepth: Int
    let hasGate: Bool

    /// Calls `body` with pointers to the storage of the matrices.
    static func with(queries: DenseMatrix, items: DenseMatrix, gate: GateProduct?, _ body: (Operands) -> Void) {
        queries.storage.withUnsafeBufferPointer { q in
            items.storage.withUnsafeBufferPointer { i in
                let gateQueries = gate?.queries.storage ?? []
                let gateItems = gate?.items.storage ?? []
                gateQueries.withUnsafeBufferPointer { gq in
                    gateItems.withUnsafeBufferPointer { gi in
                        body(Operands(queries: q.baseAddress, items: i.baseAddress, depth: queries.columns,
                                      gateQueries: gq.baseAddress, gateItems: gi.baseAddress,
                                      gateDepth: gate?.queries.columns ?? 0, hasGate: gate != nil))
                    }
                }
            }
        }
    }

    /// Adds `a[rows] × b[columns]ᵀ` (vectors of length `depth`) row-major into `result`, which holds zeros.
    ///
    /// Accumulating (beta = 1) into a buffer the tiler keeps zeroed spares OpenBLAS its separate pass
    /// that clears the whole tile for beta = 0; the tiler re-zeroes each stripe while it is still cached.
    static func multiply(
        _ a: UnsafePointer<Float>?, rows: Range<Int>, by b: UnsafePointer<Float>?, columns: Range<Int>,
        depth: Int, into result: UnsafeMutablePointer<Float>
    ) {
        // Empty vectors score 0, which the buffer already holds; BLAS would reject a zero leading dimension.
        guard depth > 0, let a, let b else { return }
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans,
                    Int32(rows.count), Int32(columns.count), Int32(depth),
                    1, a + rows.lowerBound * depth, Int32(depth),
                    b + columns.lowerBound * depth, Int32(depth),
                    1, result, Int32(columns.count))
    }
}

/// The workers' collectors and the queue of row tiles they take from; a row tile spans every item.
final class WorkerPool<Collector: TopKCollector>: @unchecked Sendable {
    // Unchecked: worker w alone touches slot w while running, and `next` is guarded by `lock`.
    private let slots: UnsafeMutableBufferPointer<Collector>
    private let rowTiles: [Range<Int>]
    private let columnCount: Int
    private let lock = NSLock()
    private var next = 0

    init(_ collectors: [Collector], rowTiles: [Range<Int>], columnCount: Int) {
        slots = .allocate(capacity: collectors.count)
        _ = slots.initialize(from: collectors)
        self.rowTiles = rowTiles
        self.columnCount = columnCount
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    /// The next row tile to score, or `nil` when all are taken.
    private func nextRowTile() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < rowTiles.count else { return nil }
        next += 1
        return rowTiles[next - 1]
    }

    /// Runs worker `worker`: takes row tiles until none are left, scoring and collecting each.
    func work(worker: Int, operands: Operands, options: TilingOptions) {
        let tileRows = min(options.rowTile, rowTiles.map(\.count).max() ?? 0)
        let tileColumns = min(options.columnTile, columnCount)
        let scores = UnsafeMutableBufferPointer<Float>.allocate(capacity: tileRows * tileColumns)
        let gate = UnsafeMutableBufferPointer<Float>.allocate(capacity: operands.hasGate ? tileRows * tileColumns : 0)
        scores.initialize(repeating: 0)
        gate.initialize(repeating: 0)
        defer {
            scores.deallocate()
            gate.deallocate()
        }
        while let rows = nextRowTile() {
            slots[worker].begin(rows: rows)
            for start in stride(from: 0, to: columnCount, by: options.columnTile) {
                let columns = start..<min(start + options.columnTile, columnCount)
                Operands.multiply(operands.queries, rows: rows, by: operands.items, columns: columns,
                                  depth: operands.depth, into: scores.baseAddress!)
                if operands.hasGate {
                    Operands.multiply(operands.gateQueries, rows: rows, by: operands.gateItems,
                                      columns: columns, depth: operands.gateDepth, into: gate.baseAddress!)
                }
                Self.handOver(rows: rows, columns: columns, scores: scores, gate: operands.hasGate ? gate : nil,
                              to: &slots[worker])
            }
            slots[worker].end()
        }
    }

    /// Gives a computed tile to `collector` in stripes of about 64 KiB, zeroing each stripe after the
    /// collector has read it (still in cache) so the buffer is ready to accumulate the next tile.
    static func handOver(
        rows: Range<Int>, columns: Range<Int>, scores: UnsafeMutableBufferPointer<Float>,
        gate: UnsafeMutableBufferPointer<Float>?, to collector: inout Collector
    ) {
        let width = columns.count
        let stripe = max(1, Self.stripeFloats / width)
        for start in stride(from: rows.lowerBound, to: rows.upperBound, by: stripe) {
            let stripeRows = start..<min(start + stripe, rows.upperBound)
            let span = (start - rows.lowerBound) * width..<(stripeRows.upperBound - rows.lowerBound) * width
            let scoreStripe = UnsafeMutableBufferPointer(rebasing: scores[span])
            let gateStripe = gate.map { UnsafeMutableBufferPointer(rebasing: $0[span]) }
            collector.add(ScoreTile(rows: stripeRows, columns: columns, scores: UnsafeBufferPointer(scoreStripe),
                                    gate: gateStripe.map(UnsafeBufferPointer.init)))
            scoreStripe.update(repeating: 0)
            gateStripe?.update(repeating: 0)
        }
    }

    /// Floats per stripe handed to a collector: 64 KiB stays in L2 between reading and zeroing.
    private static var stripeFloats: Int { 16 * 1024 }

    /// All workers' collectors merged into the first.
    func merged() -> Collector {
        var result = slots[0]
        for other in slots.dropFirst() { result.merge(other) }
        return result
    }
}
