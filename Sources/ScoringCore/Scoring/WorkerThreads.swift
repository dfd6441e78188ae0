import Dispatch
import Foundation

/// The threads that run the helper workers of `ScoringExecutor`'s admitted runs (worker 0 runs on
/// the run's own thread); a thread is started whenever work arrives and none is idle.
///
/// Threads of its own rather than `DispatchQueue.concurrentPerform`: called from Swift concurrency's
/// threads (as a server's request handlers and the test runner are), `concurrentPerform` often ran
/// every worker on the calling thread, one after another — a run of 50 row tiles and four workers had
/// worker 0 take all 50 — so the parallelism the workers exist for was lost. The executor admits at
/// most `workerLimit` workers and one of each run's runs on its caller, so at most `workerLimit - 1`
/// threads are ever started; each waits for work for the rest of the process.
final class WorkerThreads: @unchecked Sendable {
    // Unchecked: `jobs`, `idle` and `started` are read and written only with `condition` locked.
    private let condition = NSCondition()
    private var jobs: [Job] = []
    /// Threads not running a job: waiting for one, or started for one and not yet taken it.
    private var idle = 0
    private var started = 0

    private struct Job {
        let work: @Sendable () -> Void
        let done: DispatchGroup
    }

    /// Threads started so far.
    var threadCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return started
    }

    /// Runs `work` on an idle thread, or on a new one if none is idle; `done` is left once it has run.
    ///
    /// - Parameter done: A group the caller has entered for this job.
    func run(_ work: @escaping @Sendable () -> Void, leaving done: DispatchGroup) {
        condition.lock()
        jobs.append(Job(work: work, done: done))
        let needsThread = jobs.count > idle
        if needsThread {
            started += 1
            idle += 1
        }
        condition.broadcast()
        condition.unlock()
        if needsThread {
            let thread = Thread { [self] in serve() }
            thread.name = "scoring worker"
            thread.start()
        }
    }

    /// A thread's life: take a job, run it, tell its run, wait for the next.
    private func serve() {
        while true {
            takeAndRun().leave()
        }
    }

    /// Waits for a job, runs it and returns its group. The thread counts as idle again before the
    /// group is left, so a run admitted in the freed slots finds it and starts no thread beyond
    /// `workerLimit - 1`; the job, and what its work captured, are released by then too.
    private func takeAndRun() -> DispatchGroup {
        condition.lock()
        while jobs.isEmpty { condition.wait() }
        idle -= 1
        let job = jobs.removeFirst()
        condition.unlock()
        job.work()
        condition.lock()
        idle += 1
        condition.unlock()
        return job.done
    }
}
