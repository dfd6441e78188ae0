import Foundation
import ScoringCore
import Testing
import Profiles
@testable import Allocation

/// The allocations on problems shaped like real ones (skewed popularity, about as many seats as
/// students, or fewer, or more), large enough that the auction and the displacing searches do real
/// work. Correctness only: timings belong in benchmarks (Docs/Assignment.md).
@Suite("Assignment at scale")
struct AssignmentAtScaleTests {
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

    @Test func deferredAcceptanceIsStable() throws {
        let problem = try Self.problem(students: 20_000, places: 2_000, listLength: 20, seed: 7)
        let allocation = DeferredAcceptance.allocate(problem)
        #expect(allocation.isStable(in: problem))
        #expect(allocation.placedCount > 0)
    }

    /// The optimum beats or equals the stable allocation, and the warm-start auction changes nothing
    /// that shortest paths alone would find, with tight, balanced and spare seats.
    @Test(arguments: [9, 19, 29])
    func optimalAssignmentIsAtLeastStableAndAgreesWithShortestPaths(maximumCapacity: Int) throws {
        let problem = try Self.problem(students: 4_000, places: 400, listLength: 20, seed: 7, maximumCapacity: maximumCapacity)
        let stable = DeferredAcceptance.allocate(problem)
        let optimal = OptimalAssignment.allocate(problem)
        #expect(optimal.totalFit >= stable.totalFit - 1e-6)
        let paths = OptimalAssignment._allocate(problem, bidLimit: 0)
        #expect(abs(paths.totalFit - optimal.totalFit) < 1e-6)
    }
}
