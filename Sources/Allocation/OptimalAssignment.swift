/// The allocation with the largest total fit: a maximum-weight assignment of students to seats
/// (each student at most one place, only eligible pairs, at most `capacity` students per place).
///
/// Ties are settled in a fixed order: among allocations with the largest total fit, one that places
/// the most students (so a pair with score 0 is used when it places a student without lowering the
/// total); among those, one placing the students with the smallest sum of indices (lower ids first).
/// Remaining ties are decided by the fixed processing order, so the same problem always gives the
/// same allocation. Consequently an unplaced student with options is outranked at every eligible
/// place, as in a stable allocation, but the allocation as a whole need not be stable.
public enum OptimalAssignment: Sendable {
    /// The allocation maximising total fit.
    ///
    /// Min-cost flow: source → student (1 unit) → place (cost −score) → sink (capacity seats), plus
    /// a cost-0 "stay unplaced" arc from each student to the sink, so that every student sends one
    /// unit; costs are exact integers compared lexicographically (fit, then placed count, then
    /// student order). Two phases:
    /// 1. A warm-start auction (as in Jonker–Volgenant's augmenting row reduction): students bid
    ///    for their best place at current seat prices, outbidding the cheapest seat of a full place
    ///    by exactly the gap to their second-best option. It ends with seated students at their best
    ///    options and node potentials under which every residual arc has a non-negative reduced
    ///    cost. It stops after 2 bids per listed pair, which cuts off price wars.
    /// 2. Successive shortest paths for everyone still waiting: each is routed along a shortest
    ///    augmenting path in the residual network (Dijkstra on reduced costs with node potentials,
    ///    stopped at the sink), which may move seated students to other places or out. The stay-
    ///    unplaced arc makes this the same as stopping when the next path would have non-negative
    ///    cost.
    ///
    /// - Parameter problem: students, seats and eligible pairs with their fit scores.
    /// - Returns: an allocation whose total fit no other allocation exceeds (scores are used in units
    ///   of 2⁻³², so exact for scores ≥ 2⁻⁹ and within 2⁻³³ per pair below that).
    /// - Complexity: O(L · (D + log C)) for the auction (L listed pairs, D the longest list, C the
    ///   largest capacity), plus O(W · (L + S + P) · log(S + P)) in the worst case for the W ≤ S
    ///   students still waiting (S students, P places): one Dijkstra search each, stopped at the
    ///   first free seat or cheapest displacement.
    public static func allocate(_ problem: AllocationProblem) -> Allocation {
        let listed = problem.preferences.reduce(0) { $0 + $1.count }
        return _allocate(problem, bidLimit: bidsPerListedPair * listed)
    }

    /// How many auction bids per listed pair the warm start may spend before routing the rest.
    static let bidsPerListedPair = 2

    /// `allocate(_:)` with an explicit auction budget: 0 routes every student by shortest paths.
    static func _allocate(_ problem: AllocationProblem, bidLimit: Int) -> Allocation {
        var network = AssignmentNetwork(problem)
        for student in network.auction(bidLimit: bidLimit) {
            network.route(student)
        }
        let allocation = Allocation(problem, placeOf: network.placeOf.map { $0 < 0 ? nil : Int($0) })
        assert(allocation.unplacedAreOutranked(in: problem), "an unplaced student could take a seat")
        return allocation
    }
}
