import CBLAS
import Dispatch
import Foundation

/// The process's scoring workers: however many runs score at once, at most `workerLimit` workers run.
///
/// `ScoreTiler` runs its workers here, so two requests served at once share the cores instead of each
/// starting a worker per core. The workers are the one level of parallelism: creating the first
/// executor sets OpenBLAS to one thread, once for the process.
///
/// A run is admitted whole and in arrival order: it waits until every worker it asks for is free and
/// every run that asked before it has been admitted. Whole, because a run's worker count is fixed
/// before it starts (each worker owns a collector); in order, so a wide run is never starved by a
/// stream of narrow ones. By default each run asks for every core, so concurrent runs simply take
/// turns: each runs as fast as it would alone, and the cores are never oversubscribed. A waiting run
/// blocks its thread, as the scoring itself does. Worker 0 of a run works on the run's own thread, the
/// others on threads the executor keeps (`WorkerThreads`), so they really run at the same time.
public final class ScoringExecutor: @unchecked Sendable {
    // Unchecked: every mutable field is read and written only with `condition` locked.

    /// The executor every `ScoreTiler` runs on: one worker per active processor.
    public static let shared = ScoringExecutor(workerLimit: ProcessInfo.processInfo.activeProcessorCount)

    /// Most workers running at once, across all runs.
    public let workerLimit: Int

    private let condition = NSCondition()
    private var state = State()
    /// Where workers other than each run's first run; never more than `workerLimit - 1` threads.
    let threads = WorkerThreads()

    /// What the executor has admitted and what is running; a snapshot is consistent.
    struct State: Sendable, Equatable {
        /// Runs that have asked for workers (the next arrival's ticket).
        var arrivedRuns = 0
        /// Runs admitted so far (the ticket now being served).
        var admittedRuns = 0
        /// Worker slots held by admitted runs that have not finished.
        var heldWorkers = 0
        /// Workers running their body now.
        var activeWorkers = 0
        /// Most workers that have run at once.
        var peakActiveWorkers = 0
    }

    /// Creates an executor; the process uses `shared`, tests their own to watch admission.
    init(workerLimit: Int) {
        precondition(workerLimit > 0, "an executor needs at least one worker")
        _ = Self.singleThreadedBLAS
        self.workerLimit = workerLimit
    }

    /// OpenBLAS's own threads would multiply with the workers; evaluated once per process.
    private static let singleThreadedBLAS: Void = openblas_set_num_threads(1)

    /// Workers running now, across all runs.
    public var activeWorkers: Int { snapshot.activeWorkers }

    /// The most workers that have run at once since the executor was created; never above `workerLimit`.
    public var peakActiveWorkers: Int { snapshot.peakActiveWorkers }

    /// Runs `body(worker)` for workers `0..<workers` at once, after waiting for them to be admitted:
    /// worker 0 on the calling thread, the others on the executor's threads.
    ///
    /// - Parameters:
    ///   - workers: Workers the run needs, from 1 to `workerLimit`.
    ///   - body: One worker's share. It reaches other threads, but `perform` returns only once every
    ///     worker has finished. It must not start another run on this executor, which would wait for
    ///     the slots its own run holds.
    func perform(workers: Int, _ body: @escaping @Sendable (_ worker: Int) -> Void) {
        precondition(workers >= 1 && workers <= workerLimit, "a run needs 1...workerLimit workers")
        admit(workers)
        defer { release(workers) }
        let helpers = DispatchGroup()
        for worker in 1..<workers {
            helpers.enter()
            threads.run({ [self] in counted(worker: worker, body) }, leaving: helpers)
        }
        counted(worker: 0, body)
        helpers.wait()
    }

    /// Waits until `workers` slots are free and every earlier arrival has been admitted, then holds them.
    func admit(_ workers: Int) {
        condition.lock()
        defer { condition.unlock() }
        let ticket = state.arrivedRuns
        state.arrivedRuns += 1
        condition.broadcast()
        while ticket != state.admittedRuns || state.heldWorkers + workers > workerLimit {
            condition.wait()
        }
        state.admittedRuns += 1
        state.heldWorkers += workers
        // The next in line may fit in what is left.
        condition.broadcast()
    }

    /// Gives back the slots of a finished run.
    func release(_ workers: Int) {
        update { $0.heldWorkers -= workers }
    }

    /// Runs one worker's body, counted as active while it runs.
    private func counted(worker: Int, _ body: @Sendable (_ worker: Int) -> Void) {
        update { state in
            state.activeWorkers += 1
            state.peakActiveWorkers = max(state.peakActiveWorkers, state.activeWorkers)
        }
        body(worker)
        update { $0.activeWorkers -= 1 }
    }

    /// A consistent copy of the counters.
    var snapshot: State {
        condition.lock()
        defer { condition.unlock() }
        return state
    }

    /// Blocks until `predicate` holds for the counters; every change wakes it to check again.
    func wait(until predicate: (State) -> Bool) {
        condition.lock()
        defer { condition.unlock() }
        while !predicate(state) { condition.wait() }
    }

    private func update(_ change: (inout State) -> Void) {
        condition.lock()
        defer { condition.unlock() }
        change(&state)
        condition.broadcast()
    }
}
