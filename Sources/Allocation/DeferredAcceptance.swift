import HeapModule

/// Student-proposing deferred acceptance (Gale–Shapley with capacities, the hospitals/residents
/// algorithm).
///
/// Every unplaced student proposes to the best place they have not yet tried; a place with a free
/// seat holds the proposal, a full place keeps its best students and rejects its worst. The result
/// is stable (no `BlockingPair`) and student-optimal: every student gets the best place they hold
/// in any stable allocation. Because both sides' preferences are strict, the result does not depend
/// on the order of proposals, so it is fully determined by the problem.
public enum DeferredAcceptance: Sendable {
    /// The student-optimal stable allocation.
    ///
    /// - Parameter problem: students, seats and eligible pairs with their fit scores.
    /// - Returns: a stable allocation in which no student could be better off in another stable one.
    /// - Complexity: O(S + P + L log C) for S students, P places, L listed pairs and C the largest
    ///   capacity: each student proposes at most once to each listed place, and each proposal costs
    ///   one heap operation at that place.
    public static func allocate(_ problem: AllocationProblem) -> Allocation {
        let allocation = Allocation(problem, placeOf: _placeOf(problem))
        assert(allocation.unplacedAreOutranked(in: problem), "an unplaced student could take a seat")
        return allocation
    }

    static func _placeOf(_ problem: AllocationProblem) -> [Int?] {
        let capacities = problem.capacities
        let preferences = problem.preferences
        var held = [Heap<HeldStudent>](repeating: Heap(), count: problem.placeCount)
        // Position in each student's list of the next place to propose to.
        var next = [Int](repeating: 0, count: problem.studentCount)
        // Students enter in index order; an evicted student proposes again at once, so exactly one
        // student is free at any time.
        for student in 0..<problem.studentCount {
            var proposer = student
            proposing: while next[proposer] < preferences[proposer].count {
                let option = preferences[proposer][next[proposer]]
                next[proposer] += 1
                let place = option.index
                let candidate = HeldStudent(score: option.score, student: Int32(proposer))
                if held[place].count < capacities[place] {
                    held[place].insert(candidate)
                    break proposing
                }
                if let worst = held[place].min, worst < candidate {
                    // The place trades its worst held student for the proposer; the evicted one
                    // continues down their own list.
                    proposer = Int(held[place].replaceMin(with: candidate).student)
                }
                // Otherwise rejected (or a place with no seats): the proposer tries their next place.
            }
        }
        var placeOf = [Int?](repeating: nil, count: problem.studentCount)
        for place in held.indices {
            for entry in held[place].unordered { placeOf[Int(entry.student)] = place }
        }
        return placeOf
    }
}
