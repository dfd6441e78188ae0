import ScoringCore
import Testing
import Profiles
@testable import Allocation

/// Both algorithms over random problems, checked against the independent oracles.
@Suite("Assignment: random problems against oracles")
struct AssignmentRandomTests {
    static let seeds: [UInt64] = Array(1...40)

    /// Tiny problems, small enough to enumerate every allocation.
    static func tiny(_ seed: UInt64) -> AllocationProblem {
        AssignmentOracle.randomProblem(seed: seed, students: 0...6, places: 1...3, capacity: 0...2,
                                       maxListLength: 3, scoreSteps: 4)
    }

    /// Medium problems, with congestion: about as many seats as students.
    static func medium(_ seed: UInt64) -> AllocationProblem {
        AssignmentOracle.randomProblem(seed: seed &+ 1000, students: 40...120, places: 5...25,
                                       capacity: 0...6, maxListLength: 6, scoreSteps: 64)
    }

    @Test(arguments: seeds)
    func deferredAcceptanceIsStableAndFeasible(seed: UInt64) {
        for problem in [Self.tiny(seed), Self.medium(seed)] {
            let allocation = DeferredAcceptance.allocate(problem)
            #expect(AssignmentOracle.feasibilityProblems(allocation, problem).isEmpty)
            #expect(AssignmentOracle.blockingPairs(allocation.placeOf, problem).isEmpty)
            #expect(allocation.blockingPairs(in: problem).isEmpty)
            #expect(allocation.unplacedReason == AssignmentOracle.reasons(allocation.placeOf, problem))
            #expect(abs(allocation.totalFit - AssignmentOracle.totalFit(allocation.placeOf, problem)) < 1e-9)
            // Student-optimal stable matchings are unique, so a round-by-round DA must agree exactly.
            #expect(allocation.placeOf == AssignmentOracle.roundsDeferredAcceptance(problem))
            #expect(allocation == DeferredAcceptance.allocate(problem))
        }
    }

    @Test(arguments: seeds)
    func deferredAcceptanceIsStudentOptimal(seed: UInt64) {
        // Given every stable allocation of a tiny problem, found by exhaustive search
        let problem = Self.tiny(seed)
        let stable = AssignmentOracle.allAllocations(problem).filter {
            AssignmentOracle.blockingPairs($0, problem).isEmpty
        }
        // Then deferred acceptance is one of them and every student likes it at least as much as any
        let placeOf = DeferredAcceptance.allocate(problem).placeOf
        #expect(stable.contains(placeOf))
        for other in stable {
            #expect(AssignmentOracle.everyStudentWeaklyPrefers(placeOf, to: other, problem))
        }
    }

    /// Auction budgets for `OptimalAssignment`: none (shortest paths only), cut off half-way, and
    /// the default (usually enough to seat everyone by auction).
    static func optimalAllocations(_ problem: AllocationProblem) -> [Allocation] {
        let listed = problem.preferences.reduce(0) { $0 + $1.count }
        return [OptimalAssignment._allocate(problem, bidLimit: 0),
                OptimalAssignment._allocate(problem, bidLimit: listed / 2),
                OptimalAssignment.allocate(problem)]
    }

    @Test(arguments: seeds)
    func optimalEqualsTheExhaustiveOptimum(seed: UInt64) {
        let problem = Self.tiny(seed)
        // Scores are multiples of 1/4, so fits add up exactly and ties are common.
        let best = AssignmentOracle.bestObjective(problem)
        for allocation in Self.optimalAllocations(problem) {
            #expect(AssignmentOracle.feasibilityProblems(allocation, problem).isEmpty)
            let found = AssignmentOracle.objective(allocation.placeOf, problem)
            #expect(found.fit == best.fit)
            #expect(found.placed == best.placed)
            #expect(found.indexSum == best.indexSum)
            #expect(allocation.unplacedReason == AssignmentOracle.reasons(allocation.placeOf, problem))
        }
    }

    @Test(arguments: seeds)
    func optimalHasNoImprovingCycleAndBeatsStable(seed: UInt64) {
        for problem in [Self.tiny(seed), Self.medium(seed)] {
            let stable = DeferredAcceptance.allocate(problem)
            let allocations = Self.optimalAllocations(problem)
            for optimal in allocations {
                #expect(AssignmentOracle.feasibilityProblems(optimal, problem).isEmpty)
                #expect(!AssignmentOracle.hasImprovingCycle(optimal.placeOf, problem))
                #expect(optimal.totalFit >= stable.totalFit - 1e-9)
                #expect(optimal.unplacedReason == AssignmentOracle.reasons(optimal.placeOf, problem))
                // Scores are multiples of 1/64: every budget reaches the same exact objective.
                #expect(AssignmentOracle.objective(optimal.placeOf, problem) == AssignmentOracle.objective(allocations[0].placeOf, problem))
            }
            #expect(allocations[2] == OptimalAssignment.allocate(problem))
        }
    }

    @Test(arguments: seeds)
    func potentialsCertifyOptimalityAfterEachPhase(seed: UInt64) {
        // Given the network after the auction (with a budget that leaves students waiting, and the
        // default one), then after routing everyone
        for problem in [Self.tiny(seed), Self.medium(seed)] {
            let listed = problem.preferences.reduce(0) { $0 + $1.count }
            for budget in [listed / 2, OptimalAssignment.bidsPerListedPair * listed] {
                var network = AssignmentNetwork(problem)
                let waiting = network.auction(bidLimit: budget)
                // Then every residual arc among the joined students has a non-negative reduced cost
                #expect(AssignmentOracle.negativeReducedCosts(network, problem, waiting: Set(waiting)) == [])
                for student in waiting { network.route(student) }
                #expect(AssignmentOracle.negativeReducedCosts(network, problem, waiting: []) == [])
            }
        }
    }

    @Test func halfBudgetAuctionLeavesStudentsToRoute() {
        // The mixed path (auction, then shortest paths from its prices) must really be exercised.
        let waiting = Self.seeds.map { seed -> Int in
            let problem = Self.medium(seed)
            var network = AssignmentNetwork(problem)
            return network.auction(bidLimit: problem.preferences.reduce(0) { $0 + $1.count } / 2).count
        }
        #expect(waiting.filter { $0 > 0 }.count >= Self.seeds.count / 2)
    }

    @Test func improvingCycleOracleSeesSuboptimalAllocations() {
        // The cycle check must be able to fail: a stable allocation with less fit than the optimum
        // has an improving cycle, and most medium problems have such a gap.
        var gaps = 0
        for seed in Self.seeds {
            let problem = Self.medium(seed)
            let stable = DeferredAcceptance.allocate(problem)
            if stable.totalFit < OptimalAssignment.allocate(problem).totalFit - 1e-9 {
                gaps += 1
                #expect(AssignmentOracle.hasImprovingCycle(stable.placeOf, problem))
            }
        }
        #expect(gaps >= Self.seeds.count / 2)
    }

    @Test(arguments: seeds)
    func blockingPairsMatchTheOracleOnAnyAllocation(seed: UInt64) {
        // Given a random feasible (usually unstable) allocation
        let problem = Self.medium(seed)
        var random = SplitMix64(seed: seed)
        var load = [Int](repeating: 0, count: problem.placeCount)
        let placeOf: [Int?] = problem.preferences.map { list in
            let open = list.filter { load[$0.index] < problem.capacities[$0.index] }
            guard !open.isEmpty, random.next() % 4 != 0 else { return nil }
            let place = open[Int(random.next() % UInt64(open.count))].index
            load[place] += 1
            return place
        }
        let allocation = Allocation(problem, placeOf: placeOf)
        // Then the production check finds exactly the oracle's pairs, in student then preference order
        let pairs = allocation.blockingPairs(in: problem)
        #expect(Set(pairs) == AssignmentOracle.blockingPairs(placeOf, problem))
        #expect(pairs.count == Set(pairs).count)
        let keys = pairs.map { pair in
            (pair.student, problem.preferences[pair.student].firstIndex { $0.index == pair.place }!)
        }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
    }
}
