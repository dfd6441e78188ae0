import ScoringCore
import Profiles
@testable import Allocation

/// Independent, slow, obviously-correct checks for allocations, and a seeded problem generator.
enum AssignmentOracle {
    // MARK: - Random problems

    /// A random problem. Scores are multiples of 1/`scoreSteps` (exact in Float and Double, so sums
    /// compare exactly and ties are frequent); each student lists a random subset of places in a
    /// random order, independent of the scores.
    static func randomProblem(seed: UInt64, students: ClosedRange<Int>, places: ClosedRange<Int>,
                              capacity: ClosedRange<Int>, maxListLength: Int, scoreSteps: Int = 16,
                              emptyListChance: Double = 0.1) -> AllocationProblem {
        var random = SplitMix64(seed: seed)
        func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(random.next() % UInt64(range.count))
        }
        let studentCount = int(students)
        let placeCount = int(places)
        let capacities = (0..<placeCount).map { _ in int(capacity) }
        let preferences = (0..<studentCount).map { _ -> [Ranked] in
            if random.chance(emptyListChance) || placeCount == 0 { return [] }
            var order = Array(0..<placeCount)
            for i in order.indices.reversed() where i > 0 { order.swapAt(i, int(0...i)) }
            return order.prefix(int(1...min(maxListLength, placeCount))).map {
                Ranked(index: $0, score: Float(int(0...scoreSteps)) / Float(scoreSteps))
            }
        }
        return try! AllocationProblem(studentCount: studentCount, capacities: capacities, preferences: preferences)
    }

    // MARK: - Feasibility and stability

    /// Problems with `placeOf`: ineligible pairs, overfull places, and `studentsAt` disagreeing.
    static func feasibilityProblems(_ allocation: Allocation, _ problem: AllocationProblem) -> [String] {
        var problems: [String] = []
        var load = [Int](repeating: 0, count: problem.placeCount)
        for (student, place) in allocation.placeOf.enumerated() {
            guard let place else { continue }
            if !problem.preferences[student].contains(where: { $0.index == place }) {
                problems.append("student \(student) placed at ineligible place \(place)")
            }
            load[place] += 1
        }
        for place in 0..<problem.placeCount {
            if load[place] > problem.capacities[place] { problems.append("place \(place) over capacity") }
            let listed = allocation.studentsAt[place].map(\.index)
            let expected = allocation.placeOf.indices.filter { allocation.placeOf[$0] == place }
            if Set(listed) != Set(expected) || listed.count != expected.count {
                problems.append("place \(place) lists \(listed), placeOf says \(expected)")
            }
        }
        return problems
    }

    static func score(_ problem: AllocationProblem, _ student: Int, _ place: Int) -> Float? {
        problem.preferences[student].first(where: { $0.index == place })?.score
    }

    /// Whether `place` prefers student `a` to student `b`, straight from the definition.
    static func placePrefers(_ problem: AllocationProblem, _ place: Int, _ a: Int, over b: Int) -> Bool {
        let sa = score(problem, a, place)!, sb = score(problem, b, place)!
        return sa > sb || (sa == sb && a < b)
    }

    /// Every blocking pair, by checking each eligible pair against every holder of the place.
    static func blockingPairs(_ placeOf: [Int?], _ problem: AllocationProblem) -> Set<BlockingPair> {
        var pairs = Set<BlockingPair>()
        for student in 0..<problem.studentCount {
            let list = problem.preferences[student].map(\.index)
            let ownRank = placeOf[student].flatMap { list.firstIndex(of: $0) } ?? list.count
            for (rank, place) in list.enumerated() where rank < ownRank {
                let holders = placeOf.indices.filter { placeOf[$0] == place }
                if holders.count < problem.capacities[place]
                    || holders.contains(where: { placePrefers(problem, place, student, over: $0) }) {
                    pairs.insert(BlockingPair(student: student, place: place))
                }
            }
        }
        return pairs
    }

    /// The expected reason for each student, from the definition.
    static func reasons(_ placeOf: [Int?], _ problem: AllocationProblem) -> [UnplacedReason?] {
        (0..<problem.studentCount).map { student in
            if placeOf[student] != nil { return nil }
            if problem.preferences[student].isEmpty { return .noEligiblePlace }
            let outranked = problem.preferences[student].allSatisfy { option in
                let holders = placeOf.indices.filter { placeOf[$0] == option.index }
                return holders.count == problem.capacities[option.index]
                    && holders.allSatisfy { placePrefers(problem, option.index, $0, over: student) }
            }
            // A reason neither case describes shows up as a mismatch in the tests.
            return outranked ? .outrankedEverywhere : nil
        }
    }

    static func totalFit(_ placeOf: [Int?], _ problem: AllocationProblem) -> Double {
        placeOf.indices.reduce(0.0) { sum, student in
            sum + (placeOf[student].map { Double(score(problem, student, $0)!) } ?? 0)
        }
    }

    // MARK: - Exhaustive search (tiny problems only)

    /// Every feasible allocation, by trying each option (or none) for each student.
    static func allAllocations(_ problem: AllocationProblem) -> [[Int?]] {
        var result: [[Int?]] = []
        var current = [Int?](repeating: nil, count: problem.studentCount)
        var load = [Int](repeating: 0, count: problem.placeCount)
        func extend(_ student: Int) {
            if student == problem.studentCount { result.append(current); return }
            current[student] = nil
            extend(student + 1)
            for option in problem.preferences[student] where load[option.index] < problem.capacities[option.index] {
                load[option.index] += 1
                current[student] = option.index
                extend(student + 1)
                current[student] = nil
                load[option.index] -= 1
            }
        }
        extend(0)
        return result
    }

    /// The best (total fit, placed count, −sum of placed indices) over all allocations.
    static func bestObjective(_ problem: AllocationProblem) -> (fit: Double, placed: Int, indexSum: Int) {
        var best = (fit: -1.0, placed: 0, indexSum: 0)
        for placeOf in allAllocations(problem) {
            let candidate = objective(placeOf, problem)
            if (candidate.fit, candidate.placed, -candidate.indexSum) > (best.fit, best.placed, -best.indexSum) {
                best = candidate
            }
        }
        return best
    }

    static func objective(_ placeOf: [Int?], _ problem: AllocationProblem) -> (fit: Double, placed: Int, indexSum: Int) {
        let placed = placeOf.indices.filter { placeOf[$0] != nil }
        return (totalFit(placeOf, problem), placed.count, placed.reduce(0, +))
    }

    /// Whether every student does at least as well in `a` as in `b` (unplaced is worst).
    static func everyStudentWeaklyPrefers(_ a: [Int?], to b: [Int?], _ problem: AllocationProblem) -> Bool {
        problem.preferences.indices.allSatisfy { student in
            let list = problem.preferences[student].map(\.index)
            let rankA = a[student].flatMap { list.firstIndex(of: $0) } ?? list.count
            let rankB = b[student].flatMap { list.firstIndex(of: $0) } ?? list.count
            return rankA <= rankB
        }
    }

    // MARK: - Independent algorithms

    /// Deferred acceptance in rounds: all free students propose at once, each place keeps its best
    /// `capacity` from held plus new proposals (sorting, no heaps). Same student-optimal result.
    static func roundsDeferredAcceptance(_ problem: AllocationProblem) -> [Int?] {
        var next = [Int](repeating: 0, count: problem.studentCount)
        var held = [[Int]](repeating: [], count: problem.placeCount)
        var free = Array(0..<problem.studentCount)
        while !free.isEmpty {
            var proposals = [[Int]](repeating: [], count: problem.placeCount)
            for student in free where next[student] < problem.preferences[student].count {
                proposals[problem.preferences[student][next[student]].index].append(student)
                next[student] += 1
            }
            free = []
            for place in 0..<problem.placeCount where !proposals[place].isEmpty {
                let all = (held[place] + proposals[place]).sorted { placePrefers(problem, place, $0, over: $1) }
                held[place] = Array(all.prefix(problem.capacities[place]))
                free += all.dropFirst(problem.capacities[place])
            }
            free = free.filter { next[$0] < problem.preferences[$0].count }
        }
        var placeOf = [Int?](repeating: nil, count: problem.studentCount)
        for place in held.indices { for student in held[place] { placeOf[student] = place } }
        return placeOf
    }

    /// Whether the residual network of `placeOf` (with a free "stay unplaced" arc per student) has a
    /// negative-cost cycle, by Bellman–Ford. None means no allocation has a larger total fit.
    static func hasImprovingCycle(_ placeOf: [Int?], _ problem: AllocationProblem) -> Bool {
        let sink = problem.studentCount + problem.placeCount
        var arcs: [(Int, Int, Double)] = []
        var load = [Int](repeating: 0, count: problem.placeCount)
        for place in placeOf.compactMap({ $0 }) { load[place] += 1 }
        for student in 0..<problem.studentCount {
            for option in problem.preferences[student] {
                let node = problem.studentCount + option.index
                if placeOf[student] == option.index {
                    arcs.append((node, student, Double(option.score)))
                } else {
                    arcs.append((student, node, -Double(option.score)))
                }
            }
            arcs.append(placeOf[student] == nil ? (sink, student, 0) : (student, sink, 0))
        }
        for place in 0..<problem.placeCount {
            let node = problem.studentCount + place
            if load[place] < problem.capacities[place] { arcs.append((node, sink, 0)) }
            if load[place] > 0 { arcs.append((sink, node, 0)) }
        }
        var distance = [Double](repeating: 0, count: sink + 1)
        for _ in 0...sink {
            var changed = false
            for (tail, head, cost) in arcs where distance[tail] + cost < distance[head] - 1e-12 {
                distance[head] = distance[tail] + cost
                changed = true
            }
            if !changed { return false }
        }
        return true
    }
}

extension AssignmentOracle {
    /// Residual arcs of `network` with a negative reduced cost under its potentials, for the
    /// students that have joined it (all but `waiting`). None means the potentials certify that the
    /// seated students form a max-fit assignment for themselves (no negative cycle can exist).
    static func negativeReducedCosts(_ network: AssignmentNetwork, _ problem: AllocationProblem,
                                     waiting: Set<Int>) -> [String] {
        let sink = problem.studentCount + problem.placeCount
        func potential(_ node: Int) -> FlowCost { network.nodes[node].potential }
        func assigning(_ student: Int, _ score: Float) -> FlowCost {
            FlowCost(fit: -Int64((Double(score) * 4_294_967_296).rounded()), placed: -1, order: Int64(student))
        }
        var problems: [String] = []
        func check(_ cost: FlowCost, _ tail: Int, _ head: Int, _ what: String) {
            if cost + potential(tail) - potential(head) < .zero { problems.append(what) }
        }
        var load = [Int](repeating: 0, count: problem.placeCount)
        for student in 0..<problem.studentCount where !waiting.contains(student) && !problem.preferences[student].isEmpty {
            let own = Int(network.placeOf[student])
            for option in problem.preferences[student] where problem.capacities[option.index] > 0 {
                let node = problem.studentCount + option.index
                if option.index == own {
                    check(-assigning(student, option.score), node, student, "place \(option.index) → student \(student)")
                } else {
                    check(assigning(student, option.score), student, node, "student \(student) → place \(option.index)")
                }
            }
            if own >= 0 {
                load[own] += 1
                check(.zero, student, sink, "student \(student) → sink")
            } else {
                check(.zero, sink, student, "sink → unplaced student \(student)")
            }
        }
        for place in 0..<problem.placeCount where problem.capacities[place] > 0 {
            let node = problem.studentCount + place
            if load[place] < problem.capacities[place] { check(.zero, node, sink, "place \(place) → sink") }
            if load[place] > 0 { check(.zero, sink, node, "sink → place \(place)") }
        }
        return problems
    }
}
