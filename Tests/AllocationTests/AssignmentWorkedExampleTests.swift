import ScoringCore
import Testing
@testable import Allocation

/// Small problems whose answers are worked out by hand in the comments.
@Suite("Assignment: worked examples")
struct AssignmentWorkedExampleTests {
    static func problem(_ capacities: [Int], _ lists: [[(Int, Float)]]) throws -> AllocationProblem {
        try AllocationProblem(studentCount: lists.count, capacities: capacities,
                              preferences: lists.map { $0.map { Ranked(index: $0.0, score: $0.1) } })
    }

    /// Three hospitals H0, H1, H2 with 2, 2 and 1 seats; six residents r0…r5.
    ///
    ///     resident  preferences (score)              hospital  ranking by score
    ///     r0        H0 .5, H1 .8, H2 .7              H0        r4 .9, r5 .8, r2 .7, r1 .6, r0 .5, r3 .4
    ///     r1        H0 .6, H2 .9, H1 .6              H1        r3 .9, r0 .8, r2 .7, r1 .6, r4 .5
    ///     r2        H1 .7, H0 .7, H2 .5              H2        r1 .9, r5 .8, r0 .7, r4 .6, r2 .5
    ///     r3        H0 .4, H1 .9
    ///     r4        H2 .6, H0 .9, H1 .5
    ///     r5        H0 .8, H2 .8
    static func hospitals() throws -> AllocationProblem {
        try problem([2, 2, 1], [
            [(0, 0.5), (1, 0.8), (2, 0.7)],
            [(0, 0.6), (2, 0.9), (1, 0.6)],
            [(1, 0.7), (0, 0.7), (2, 0.5)],
            [(0, 0.4), (1, 0.9)],
            [(2, 0.6), (0, 0.9), (1, 0.5)],
            [(0, 0.8), (2, 0.8)],
        ])
    }

    @Test func hospitalsResidentsStableMatching() throws {
        // Given the 3-hospital, 6-resident problem above
        let problem = try Self.hospitals()
        // When residents propose
        let allocation = DeferredAcceptance.allocate(problem)
        // Then, by hand (proposals in rounds; the result does not depend on the order):
        //   1. r0, r1, r3, r5 → H0 keeps r5 .8, r1 .6, rejects r0, r3;  r2 → H1;  r4 → H2.
        //   2. r0 → H1 (holds r2, r0);  r3 → H1 .9 displaces r2 .7.
        //   3. r2 → H0 .7 displaces r1 .6 (H0: r5, r2).
        //   4. r1 → H2 .9 displaces r4 .6.
        //   5. r4 → H0 .9 displaces r2 .7 (H0: r4, r5).
        //   6. r2 → H2 .5 is rejected (r1 .9); r2's list is exhausted.
        // H0 {r4, r5}, H1 {r3, r0}, H2 {r1}; r2 unplaced, outranked at H1, H0 and H2.
        #expect(allocation.placeOf == [1, 2, nil, 1, 0, 0])
        #expect(allocation.studentsAt.map { $0.map(\.index) } == [[4, 5], [3, 0], [1]])
        #expect(allocation.unplacedReason == [nil, nil, .outrankedEverywhere, nil, nil, nil])
        #expect(allocation.blockingPairs(in: problem).isEmpty)
        // .8 + .9 + .9 + .9 + .8 over 5 of 5 seats.
        #expect(abs(allocation.totalFit - 4.3) < 1e-6)
        #expect(allocation.fillRate == 1)
    }

    @Test func hospitalsResidentsOptimum() throws {
        // Given the same problem: 5 seats for 6 residents, so at most 5 are placed, each at most at
        // their best score: r0 .8, r1 .9, r2 .7, r3 .9, r4 .9, r5 .8. The five best sum to 4.3 and
        // are reached only by leaving r2 out and giving everyone else their best score, which is
        // exactly the stable matching.
        let problem = try Self.hospitals()
        let allocation = OptimalAssignment.allocate(problem)
        #expect(allocation.placeOf == [1, 2, nil, 1, 0, 0])
        #expect(abs(allocation.totalFit - 4.3) < 1e-6)
        #expect(allocation.unplacedReason[2] == .outrankedEverywhere)
    }

    /// Three students, three single places, preferences in a cycle:
    ///
    ///     s0: p0 .3, p1 .6, p2 .9        p0 ranks s1 .9, s2 .6, s0 .3
    ///     s1: p1 .3, p2 .6, p0 .9        p1 ranks s2 .9, s0 .6, s1 .3
    ///     s2: p2 .3, p0 .6, p1 .9        p2 ranks s0 .9, s1 .6, s2 .3
    ///
    /// Three stable matchings: everyone's first choice (student-optimal, fit .9), everyone's second
    /// (fit 1.8), and every place's first choice (place-optimal, fit 2.7).
    static func cycle() throws -> AllocationProblem {
        try problem([1, 1, 1], [
            [(0, 0.3), (1, 0.6), (2, 0.9)],
            [(1, 0.3), (2, 0.6), (0, 0.9)],
            [(2, 0.3), (0, 0.6), (1, 0.9)],
        ])
    }

    @Test func studentOptimalDiffersFromPlaceOptimal() throws {
        let problem = try Self.cycle()
        let studentOptimal: [Int?] = [0, 1, 2]
        let middle: [Int?] = [1, 2, 0]
        let placeOptimal: [Int?] = [2, 0, 1]
        // All three are stable by the independent checker, and the first is what students propose to.
        for placeOf in [studentOptimal, middle, placeOptimal] {
            #expect(AssignmentOracle.blockingPairs(placeOf, problem).isEmpty)
        }
        let allocation = DeferredAcceptance.allocate(problem)
        #expect(allocation.placeOf == studentOptimal)
        #expect(abs(allocation.totalFit - 0.9) < 1e-6)
        // A matching that is not stable: s0 → p2 (its third), s1 → p1 (its first), s2 → p0 (its second).
        // s0 prefers p0 and p1: p0 holds s2 .6 > s0 .3, but p1 holds s1 .3 < s0 .6, so (s0, p1) blocks.
        // s2 prefers p2, which holds s0 .9 > s2 .3. s1 has its first choice. One blocking pair.
        let unstable = Allocation(problem, placeOf: [2, 1, 0])
        #expect(unstable.blockingPairs(in: problem) == [BlockingPair(student: 0, place: 1)])
        // The largest total fit is the place-optimal matching: every pair at .9.
        let optimal = OptimalAssignment.allocate(problem)
        #expect(optimal.placeOf == placeOptimal)
        #expect(abs(optimal.totalFit - 2.7) < 1e-6)
    }

    @Test func theOptimumMayBeUnstable() throws {
        // Two single seats. s0 lists p0 .6, p1 .5; s1 lists only p0 .5.
        // Deferred acceptance: s0 → p0 (held), s1 → p0 is rejected (.5 < .6): fit .6, s1 outranked.
        // Optimum: s0 → p1, s1 → p0: fit 1.0, but s0 prefers p0, which ranks s0 above s1: (s0, p0) blocks.
        let problem = try Self.problem([1, 1], [[(0, 0.6), (1, 0.5)], [(0, 0.5)]])
        let stable = DeferredAcceptance.allocate(problem)
        #expect(stable.placeOf == [0, nil])
        #expect(stable.unplacedReason == [nil, .outrankedEverywhere])
        #expect(abs(stable.totalFit - 0.6) < 1e-6)
        #expect(abs(stable.fillRate - 0.5) < 1e-12)
        let optimal = OptimalAssignment.allocate(problem)
        #expect(optimal.placeOf == [1, 0])
        #expect(abs(optimal.totalFit - 1.0) < 1e-6)
        #expect(optimal.blockingPairs(in: problem) == [BlockingPair(student: 0, place: 0)])
        #expect(!optimal.isStable(in: problem))
    }

    @Test func emptyProblem() throws {
        let problem = try AllocationProblem(studentCount: 0, capacities: [], preferences: [])
        for allocation in [DeferredAcceptance.allocate(problem), OptimalAssignment.allocate(problem)] {
            #expect(allocation.placeOf.isEmpty)
            #expect(allocation.studentsAt.isEmpty)
            #expect(allocation.totalFit == 0)
            #expect(allocation.fillRate == 0)
            #expect(allocation.blockingPairs(in: problem).isEmpty)
        }
    }

    @Test func zeroCapacitiesPlaceNobody() throws {
        // Two places without seats: both students have options but every option is "full".
        let problem = try Self.problem([0, 0], [[(0, 1.0), (1, 0.5)], [(1, 0.7)]])
        for allocation in [DeferredAcceptance.allocate(problem), OptimalAssignment.allocate(problem)] {
            #expect(allocation.placeOf == [nil, nil])
            #expect(allocation.unplacedReason == [.outrankedEverywhere, .outrankedEverywhere])
            #expect(allocation.fillRate == 0)
            #expect(allocation.blockingPairs(in: problem).isEmpty)
        }
    }

    @Test func studentsWithoutEligiblePlaces() throws {
        // s0 and s2 have empty lists; s1 takes one of the two seats: fill rate 1/2.
        let problem = try Self.problem([2], [[], [(0, 0.4)], []])
        for allocation in [DeferredAcceptance.allocate(problem), OptimalAssignment.allocate(problem)] {
            #expect(allocation.placeOf == [nil, 0, nil])
            #expect(allocation.unplacedReason == [.noEligiblePlace, nil, .noEligiblePlace])
            #expect(allocation.fillRate == 0.5)
            #expect(abs(allocation.totalFit - 0.4) < 1e-6)
        }
    }

    @Test func overDemandedPlaceGoesToTheBestThenTheLowerIndex() throws {
        // One seat wanted by four students: s1 and s3 tie at .8; the tie goes to the lower index, s1.
        let problem = try Self.problem([1], [[(0, 0.5)], [(0, 0.8)], [(0, 0.2)], [(0, 0.8)]])
        for allocation in [DeferredAcceptance.allocate(problem), OptimalAssignment.allocate(problem)] {
            #expect(allocation.placeOf == [nil, 0, nil, nil])
            #expect(allocation.unplacedReason == [.outrankedEverywhere, nil, .outrankedEverywhere, .outrankedEverywhere])
            #expect(allocation.studentsAt == [[Ranked(index: 1, score: 0.8)]])
            #expect(allocation.blockingPairs(in: problem).isEmpty)
        }
    }

    @Test func zeroScorePairsPlaceStudentsInTheOptimum() throws {
        // s0's only option scores 0; leaving it unplaced has the same total fit, so the optimum
        // prefers placing it. s1 has .5 at p0 and 0 at p1; p0 has one seat that s2 values at .6:
        // the optimum is s2 → p0, s1 → p1 (fit .6, 3 placed) rather than s1 → p0 (fit .5).
        let problem = try Self.problem([1, 2, 1], [[(2, 0)], [(0, 0.5), (1, 0)], [(0, 0.6)]])
        let optimal = OptimalAssignment.allocate(problem)
        #expect(optimal.placeOf == [2, 1, 0])
        #expect(abs(optimal.totalFit - 0.6) < 1e-6)
        #expect(abs(optimal.fillRate - 0.75) < 1e-12)
    }

    @Test func invalidProblemsAreRejected() throws {
        #expect(throws: AllocationError.negativeStudentCount(-1)) {
            try AllocationProblem(studentCount: -1, capacities: [], preferences: [])
        }
        #expect(throws: AllocationError.preferenceListCountMismatch(studentCount: 2, lists: 1)) {
            try AllocationProblem(studentCount: 2, capacities: [1], preferences: [[]])
        }
        #expect(throws: AllocationError.negativeCapacity(place: 1, capacity: -2)) {
            try AllocationProblem(studentCount: 0, capacities: [1, -2], preferences: [])
        }
        #expect(throws: AllocationError.placeOutOfRange(student: 0, position: 1, place: 3, placeCount: 2)) {
            try Self.problem([1, 1], [[(0, 0.1), (3, 0.2)]])
        }
        #expect(throws: AllocationError.placeOutOfRange(student: 1, position: 0, place: -1, placeCount: 2)) {
            try Self.problem([1, 1], [[], [(-1, 0.2)]])
        }
        #expect(throws: AllocationError.duplicatePlace(student: 1, place: 0)) {
            try Self.problem([1, 1], [[(0, 0.1)], [(0, 0.1), (1, 0.3), (0, 0.2)]])
        }
        for bad in [Float.nan, .infinity, -0.1, 1.5] {
            #expect(throws: AllocationError.self) { try Self.problem([1], [[(0, bad)]]) }
        }
        #expect(throws: AllocationError.scoreOutOfRange(student: 0, place: 0, score: 2)) {
            try Self.problem([1], [[(0, 2)]])
        }
        let error = AllocationError.duplicatePlace(student: 4, place: 7)
        #expect(error.description == "student 4 lists place 7 more than once")
    }
}
