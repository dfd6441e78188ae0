import Foundation

/// The workers' collectors and the queue of row tiles they take from; a row tile spans every item.
///
/// One pool for every kind of run: how a tile's scores are computed (the dense product, or the
/// gathered one over shared non-zero columns) is the worker's `RowTileScorer`.
final class WorkerPool<Collector: TopKCollector>: @unchecked Sendable {
    // Unchecked: worker w alone touches slot w and counter w while running; `next` is guarded by `lock`.
    private let slots: UnsafeMutableBufferPointer<Collector>
    private let counters: UnsafeMutableBufferPointer<Int>
    private let rowTiles: [Range<Int>]
    private let lock = NSLock()
    private var next = 0

    init(_ collectors: [Collector], rowTiles: [Range<Int>]) {
        slots = .allocate(capacity: collectors.count)
        _ = slots.initialize(from: collectors)
        counters = .allocate(capacity: collectors.count)
        counters.initialize(repeating: 0)
        self.rowTiles = rowTiles
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
        counters.deallocate()
    }

    /// Multiply-adds computed by all workers.
    var multiplyAdds: Int { counters.reduce(0, +) }

    /// The most rows in one row tile (a bound for the workers' buffers).
    var largestRowTile: Int { rowTiles.map(\.count).max() ?? 0 }

    /// The next row tile to score, or `nil` when all are taken.
    private func nextRowTile() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < rowTiles.count else { return nil }
        next += 1
        return rowTiles[next - 1]
    }

    /// Runs worker `worker`: takes row tiles until none are left, scoring each with `scorer` into the
    /// worker's collector.
    func work(worker: Int, scorer: some RowTileScorer) {
        var scorer = scorer
        while let rows = nextRowTile() {
            slots[worker].begin(rows: rows)
            counters[worker] += scorer.score(rows: rows, into: &slots[worker])
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
