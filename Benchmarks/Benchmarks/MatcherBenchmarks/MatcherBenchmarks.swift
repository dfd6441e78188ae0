import Benchmark

/// Entry point the BenchmarkPlugin's generated runner calls: registers every benchmark group.
let benchmarks: @Sendable () -> Void = {
    ScoringCoreBenchmarks.register()
    VacancyModelBenchmarks.register()
}

/// Metrics shared by the groups.
enum MatcherMetric {
    /// Floating-point operations the scorer actually computed per second (two per multiply-add),
    /// the figure `match-cli bench` and Docs/Performance.md quote.
    static let gflops = BenchmarkMetric.custom("GFLOP/s", polarity: .prefersLarger, useScalingFactor: false)

    /// Time, allocations and peak memory; no thresholds anywhere: these runs report, they never gate.
    static let reported: [BenchmarkMetric] = [
        .wallClock, .cpuTotal, .throughput,
        .mallocCountTotal, .mallocBytesCount, .peakMemoryResident,
        gflops,
    ]
}

extension Benchmark.Configuration {
    /// The shared metrics, one warm-up iteration, and limits that keep a run to a few seconds.
    /// A function, because `Benchmark.Configuration` is not `Sendable` and so cannot be a stored static.
    static func reporting(maxDuration: Duration, maxIterations: Int) -> Benchmark.Configuration {
        Benchmark.Configuration(metrics: MatcherMetric.reported, timeUnits: .milliseconds, warmupIterations: 1,
                                maxDuration: maxDuration, maxIterations: maxIterations)
    }
}

extension Benchmark {
    /// Records the GFLOP/s of `floatingPointOperations` done in `seconds`.
    func recordGFLOPS(_ floatingPointOperations: Double, seconds: Double) {
        guard seconds > 0 else { return }
        measurement(MatcherMetric.gflops, Int((floatingPointOperations / seconds / 1e9).rounded()))
    }
}

/// Seconds `body` takes on the continuous clock, and what it returned.
func timed<Result>(_ body: () throws -> Result) rethrows -> (result: Result, seconds: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    let elapsed = clock.now - start
    let (seconds, attoseconds) = elapsed.components
    return (result, Double(seconds) + Double(attoseconds) * 1e-18)
}
