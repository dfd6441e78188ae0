import Benchmark
import Matcher
import ScoringCore

/// The scoring core on random vectors: tiled `cblas_sgemm` with top-k collection, and the same tiles
/// with the collector discarding them, so the cost of collection reads off one run.
enum ScoringCoreBenchmarks {
    static let k = 10

    /// About 0.1 s an iteration on 2 cores: ten iterations or three seconds, whichever comes first.
    static var configuration: Benchmark.Configuration { .reporting(maxDuration: .seconds(3), maxIterations: 10) }

    static func register() {
        let shape = ScoringShape.standard.name
        let tiler = ScoreTiler(options: TilingOptions())

        Benchmark("ScoreTiler top-\(k) per row \(shape)", configuration: configuration) { benchmark, problem in
            let (run, seconds) = try timed { try tiler.topItems(queries: problem.queries, items: problem.items, k: k) }
            blackHole(run.result)
            benchmark.recordGFLOPS(run.work.floatingPointOperations, seconds: seconds)
        } setup: {
            RandomScoringProblem.standard
        }

        // The ceiling for the top-k benchmarks: the same tiles and workers, nothing kept.
        Benchmark("Raw sgemm (DiscardingCollector) \(shape)", configuration: configuration) { benchmark, problem in
            let (run, seconds) = try timed {
                try tiler.run(queries: problem.queries, items: problem.items) { _ in DiscardingCollector() }
            }
            blackHole(run.collector)
            benchmark.recordGFLOPS(run.work.floatingPointOperations, seconds: seconds)
        } setup: {
            RandomScoringProblem.standard
        }

        Benchmark("ScoreTiler top-\(k) per row and column \(shape)", configuration: configuration) { benchmark, problem in
            let (run, seconds) = try timed {
                try tiler.topMatches(queries: problem.queries, items: problem.items, rowK: k, columnK: k,
                                     filter: AllPairsEligible())
            }
            blackHole((run.rows, run.columns))
            benchmark.recordGFLOPS(run.work.floatingPointOperations, seconds: seconds)
        } setup: {
            RandomScoringProblem.standard
        }
    }
}
