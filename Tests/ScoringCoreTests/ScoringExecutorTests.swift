import CBLAS
import Dispatch
import Foundation
import Profiles
import Testing
@testable import ScoringCore

@Suite("ScoringExecutor")
struct ScoringExecutorTests {
    static let options = TilingOptions(rowTile: 16, columnTile: 64, concurrency: 2)

    /// 200 × 300 random scores: 13 row tiles of 16 rows, 5 column tiles of 64 items.
    static func problem(seed: UInt64) throws -> (queries: DenseMatrix, items: DenseMatrix) {
        var generator = SplitMix64(seed: seed)
        return (try Oracle.randomMatrix(rows: 200, columns: 16, using: &generator),
                try Oracle.randomMatrix(rows: 300, columns: 16, using: &generator))
    }

    /// Best 5 items per row and 4 rows per item, with workers reporting to `gauge` while they hold a row tile.
    static func score(_ problem: (queries: DenseMatrix, items: DenseMatrix), with tiler: ScoreTiler,
                      gauge: ConcurrencyGauge = ConcurrencyGauge()) throws -> ExactTopK {
        let run = try tiler.run(queries: problem.queries, items: problem.items) { _ in
            GaugedCollector(inner: RowColumnTopKCollector(rows: problem.queries.rows, columns: problem.items.rows,
                                                          rowK: 5, columnK: 4, filter: BannedPairs()),
                            gauge: gauge)
        }
        return ExactTopK(rows: run.collector.inner.rowResult, columns: run.collector.inner.columnResult)
    }

    @Test("two runs started at once give a single run's results, within the worker limit", arguments: [1, 2, 3])
    func concurrentRunsShareTheWorkers(workerLimit: Int) throws {
        // Given an executor of `workerLimit` workers and two runs that each want two
        let problem = try Self.problem(seed: UInt64(workerLimit))
        let alone = try Self.score(problem, with: ScoreTiler(options: TilingOptions(rowTile: 16, columnTile: 64, concurrency: 1)))
        let executor = ScoringExecutor(workerLimit: workerLimit)
        let tiler = ScoreTiler(options: Self.options, executor: executor)
        let gauge = ConcurrencyGauge()

        // When both start at once from two threads
        let results = try ConcurrentStart.run(2) { _ in try Self.score(problem, with: tiler, gauge: gauge) }

        // Then each equals the run alone, bit for bit, and no more than the limit ever worked at once
        #expect(results.allSatisfy { $0 == alone })
        #expect(executor.peakActiveWorkers <= workerLimit)
        #expect(gauge.peak <= workerLimit)
        #expect(executor.snapshot.heldWorkers == 0 && executor.activeWorkers == 0)
        // Each run's first worker works on the run's own thread, so the executor needs one thread fewer.
        #expect(executor.threads.threadCount <= workerLimit - 1)
    }

    @Test("runs on the shared executor stay within one worker per core, however many they ask for")
    func sharedExecutorBoundsConcurrentRuns() throws {
        let problem = try Self.problem(seed: 7)
        let alone = try Self.score(problem, with: ScoreTiler(options: TilingOptions(rowTile: 16, columnTile: 64, concurrency: 1)))
        let greedy = ScoreTiler(options: TilingOptions(rowTile: 16, columnTile: 64, concurrency: 64))
        let gauge = ConcurrencyGauge()

        let results = try ConcurrentStart.run(3) { _ in try Self.score(problem, with: greedy, gauge: gauge) }

        let shared = ScoringExecutor.shared
        #expect(results.allSatisfy { $0 == alone })
        #expect(shared.workerLimit == ProcessInfo.processInfo.activeProcessorCount)
        #expect(gauge.peak <= shared.workerLimit)
        #expect(shared.peakActiveWorkers <= shared.workerLimit)
        #expect(shared.threads.threadCount <= shared.workerLimit - 1)
        // OpenBLAS threads would be a second level of parallelism under the workers.
        #expect(openblas_get_num_threads() == 1)
    }

    @Test("a run asks for no more workers than the executor has, nor than there are row tiles")
    func workersAreClamped() throws {
        let problem = try Self.problem(seed: 3)
        let executor = ScoringExecutor(workerLimit: 3)
        func workers(rowTile: Int, concurrency: Int) throws -> Int {
            try ScoreTiler(options: TilingOptions(rowTile: rowTile, columnTile: 64, concurrency: concurrency), executor: executor)
                .run(queries: problem.queries, items: problem.items) { _ in DiscardingCollector() }.work.workers
        }

        #expect(try workers(rowTile: 16, concurrency: 8) == 3)
        #expect(try workers(rowTile: 16, concurrency: 2) == 2)
        #expect(try workers(rowTile: 4096, concurrency: 8) == 1)  // one row tile
        #expect(executor.peakActiveWorkers <= 3)
    }

    @Test("a run waits while others hold the workers, and runs are admitted in arrival order", .timeLimit(.minutes(1)))
    func admissionWaitsInArrivalOrder() throws {
        // Given an executor of three workers, two of them held by a run in progress
        let problem = try Self.problem(seed: 5)
        let alone = try Self.score(problem, with: ScoreTiler(options: TilingOptions(rowTile: 16, columnTile: 64, concurrency: 1)))
        let executor = ScoringExecutor(workerLimit: 3)
        executor.admit(2)

        // When a run wanting two workers arrives, and after it one wanting one
        let wide = ScoreTiler(options: TilingOptions(rowTile: 16, columnTile: 64, concurrency: 2), executor: executor)
        let narrow = ScoreTiler(options: TilingOptions(rowTile: 16, columnTile: 64, concurrency: 1), executor: executor)
        let first = ConcurrentStart.detached { try Self.score(problem, with: wide) }
        executor.wait { $0.arrivedRuns == 2 }
        let second = ConcurrentStart.detached { try Self.score(problem, with: narrow) }
        executor.wait { $0.arrivedRuns == 3 }

        // Then neither has started: the wide run does not fit, and the narrow one may not pass it
        let waiting = executor.snapshot
        #expect(waiting.admittedRuns == 1 && waiting.heldWorkers == 2 && waiting.activeWorkers == 0)

        // When the first run finishes, both run, with the results of a run alone
        executor.release(2)
        #expect(try first.value() == alone)
        #expect(try second.value() == alone)
        #expect(executor.snapshot.admittedRuns == 3 && executor.snapshot.heldWorkers == 0)
        #expect(executor.peakActiveWorkers <= 3)
    }

    @Test("a run that fits beside the runs in progress starts at once", .timeLimit(.minutes(1)))
    func aRunThatFitsIsAdmittedAtOnce() throws {
        let problem = try Self.problem(seed: 6)
        let alone = try Self.score(problem, with: ScoreTiler(options: TilingOptions(rowTile: 16, columnTile: 64, concurrency: 1)))
        let executor = ScoringExecutor(workerLimit: 4)
        executor.admit(2)

        // On this thread: had it to wait for the held workers, it would wait forever.
        let result = try Self.score(problem, with: ScoreTiler(options: Self.options, executor: executor))

        #expect(result == alone)
        executor.release(2)
        #expect(executor.snapshot.heldWorkers == 0)
    }
}

/// Counts the workers holding a row tile at once, apart from the executor's own bookkeeping.
final class ConcurrencyGauge: @unchecked Sendable {
    // Unchecked: `current` and `highest` are guarded by `lock`.
    private let lock = NSLock()
    private var current = 0
    private var highest = 0

    func enter() {
        lock.withLock {
            current += 1
            highest = max(highest, current)
        }
    }

    func leave() {
        lock.withLock { current -= 1 }
    }

    /// The most workers seen at once.
    var peak: Int { lock.withLock { highest } }
}

/// A row-and-column collector that reports to a gauge from `begin` to `end` of each row tile.
struct GaugedCollector: TopKCollector {
    var inner: RowColumnTopKCollector<BannedPairs>
    let gauge: ConcurrencyGauge

    mutating func begin(rows: Range<Int>) {
        gauge.enter()
        inner.begin(rows: rows)
    }

    mutating func add(_ tile: ScoreTile) {
        inner.add(tile)
    }

    mutating func end() {
        inner.end()
        gauge.leave()
    }

    mutating func merge(_ other: GaugedCollector) {
        inner.merge(other.inner)
    }
}

/// Runs work on threads of its own, released together, and waits for it without sleeping.
enum ConcurrentStart {
    /// A result that a thread delivers once.
    final class Pending<Value: Sendable>: @unchecked Sendable {
        // Unchecked: `result` is written once before `done` is signalled and read after waiting on it.
        private var result: Result<Value, any Error>?
        private let done = DispatchSemaphore(value: 0)

        fileprivate func deliver(_ result: Result<Value, any Error>) {
            self.result = result
            done.signal()
        }

        /// Waits for the thread to finish and returns its value or throws its error.
        func value() throws -> Value {
            done.wait()
            done.signal()
            return try result!.get()
        }
    }

    /// Starts `body` on a new thread.
    static func detached<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) -> Pending<Value> {
        let pending = Pending<Value>()
        Thread { pending.deliver(Result { try body() }) }.start()
        return pending
    }

    /// Runs `body(0)`, …, `body(count - 1)` on `count` threads released at the same moment.
    static func run<Value: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> Value) throws -> [Value] {
        let go = DispatchSemaphore(value: 0)
        let pending = (0..<count).map { index in
            detached { () throws -> Value in
                go.wait()
                return try body(index)
            }
        }
        for _ in 0..<count { go.signal() }
        return try pending.map { try $0.value() }
    }
}
