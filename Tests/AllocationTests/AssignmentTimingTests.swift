import Foundation
import ScoringCore
import Testing
import Profiles
@testable import Allocation

/// Release-build timings for Docs/Assignment.md; off unless `MATCHER_ASSIGNMENT_TIMING` is set:
///
///     MATCHER_ASSIGNMENT_TIMING=1 swift test -c release --scratch-path .build-assign \
///         --filter AssignmentTimingTests
///
/// Prints figures and checks results only for sanity; it never asserts on time.
@Suite("Assignment: timings", .serialized, .enabled(if: ProcessInfo.processInfo.environment["MATCHER_ASSIGNMENT_TIMING"] != nil))
struct AssignmentTimingTests {
    /// Students list `listLength` distinct places drawn with a skewed popularity (place i weighs
    /// 1 / (i + 10), so the first places are wanted far more than seats allow), in an order
    /// independent of the uniform random scores; capacities 1…`maximumCapacity` seats (10 on average
/// by default, so about as many seats as students).
    static func problem(students: Int, places: Int, listLength: Int, seed: UInt64,
                        maximumCapacity: Int = 19) throws -> AllocationProblem {
        var random = SplitMix64(seed: seed)
        let cumulative = cumulativeSums((0..<places).map { 1 / Double($0 + 10) })
        let capacities = (0..<places).map { _ in 1 + Int(random.next() % UInt64(maximumCapacity)) }
        var seen = [Int](repeating: -1, count: places)
        let preferences = (0..<students).map { student -> [Ranked] in
            var list: [Ranked] = []
            list.reserveCapacity(listLength)
            while list.count < min(listLength, places) {
                let place = random.pick(cumulative: cumulative)
                guard seen[place] != student else { continue }
                seen[place] = student
                list.append(Ranked(index: place, score: Float(random.unit())))
            }
            return list
        }
        return try AllocationProblem(studentCount: students, capacities: capacities, preferences: preferences)
    }

    /// Wall-clock and this thread's CPU time, in milliseconds (CPU time is steadier on a shared machine).
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    static func threadCPUMilliseconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) * 1000 + Double(spec.tv_nsec) / 1e6
    }

    static func time<T>(_ body: () -> T) -> (T, Timing) {
        let clock = ContinuousClock()
        let cpuStart = threadCPUMilliseconds()
        var result: T?
        let elapsed = clock.measure { result = body() }
        let cpu = threadCPUMilliseconds() - cpuStart
        let wall = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        return (result!, Timing(wall: wall, cpu: cpu))
    }

    static func report(_ name: String, _ problem: AllocationProblem, _ allocation: Allocation, _ timing: Timing?) {
        let times = timing.map { String(format: "%.1f ms wall, %.1f ms CPU", $0.wall, $0.cpu) } ?? "not timed"
        print(String(format: "%@: %d students × %d places (%d seats, %d listed pairs), %@; placed %d, fill %.3f, total fit %.1f",
                     name, problem.studentCount, problem.placeCount, problem.totalCapacity,
                     problem.preferences.reduce(0) { $0 + $1.count }, times,
                     allocation.placedCount, allocation.fillRate, allocation.totalFit))
    }

    @Test func deferredAcceptance100kBy10k() throws {
        let problem = try Self.problem(students: 100_000, places: 10_000, listLength: 20, seed: 7)
        for _ in 0..<3 {
            let (allocation, elapsed) = Self.time { DeferredAcceptance.allocate(problem) }
            Self.report("deferred acceptance", problem, allocation, elapsed)
            #expect(allocation.isStable(in: problem))
        }
    }

    @Test func optimalAssignment20kBy2k() throws {
        let problem = try Self.problem(students: 20_000, places: 2_000, listLength: 20, seed: 7)
        let stable = DeferredAcceptance.allocate(problem)
        for _ in 0..<2 {
            let (allocation, elapsed) = Self.time { OptimalAssignment.allocate(problem) }
            Self.report("optimal assignment", problem, allocation, elapsed)
            #expect(allocation.totalFit >= stable.totalFit)
        }
        Self.report("  (stable, same problem)", problem, stable, nil)
        // Without the warm-start auction: shortest paths for every student.
        let (paths, pathsElapsed) = Self.time { OptimalAssignment._allocate(problem, bidLimit: 0) }
        Self.report("  (shortest paths only)", problem, paths, pathsElapsed)
        #expect(abs(paths.totalFit - OptimalAssignment.allocate(problem).totalFit) < 1e-6)
    }

    @Test func optimalAssignment20kBy2kWithHalfTheSeats() throws {
        // Half as many seats as students: most of the later searches must displace someone.
        let problem = try Self.problem(students: 20_000, places: 2_000, listLength: 20, seed: 7, maximumCapacity: 9)
        let (allocation, elapsed) = Self.time { OptimalAssignment.allocate(problem) }
        Self.report("optimal assignment", problem, allocation, elapsed)
    }

    @Test func optimalAssignment20kBy2kWithSpareSeats() throws {
        // Half again as many seats as students: most searches end at a free seat.
        let problem = try Self.problem(students: 20_000, places: 2_000, listLength: 20, seed: 7, maximumCapacity: 29)
        let (allocation, elapsed) = Self.time { OptimalAssignment.allocate(problem) }
        Self.report("optimal assignment", problem, allocation, elapsed)
    }

    @Test func optimalAssignmentShippedSize() throws {
        let problem = try Self.problem(students: 2_000, places: 557, listLength: 20, seed: 7)
        let (allocation, elapsed) = Self.time { OptimalAssignment.allocate(problem) }
        Self.report("optimal assignment", problem, allocation, elapsed)
    }
}
