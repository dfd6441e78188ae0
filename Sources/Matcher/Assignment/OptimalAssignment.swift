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
    /// Min-cost flow by successive shortest paths: source → student (1 unit) → place (score −w) →
    /// sink (capacity seats), plus a cost-0 "stay unplaced" arc from each student to the sink, so
    /// that every student sends one unit. Students enter one at a time; each is routed along a
    /// shortest augmenting path in the residual network (Dijkstra on reduced costs with node
    /// potentials, stopped when the sink is reached), which may move placed students to other places
    /// or out. Using the stay-unplaced arc is the same as stopping successive shortest paths when the
    /// next augmenting path would have non-negative cost.
    ///
    /// - Parameter problem: students, seats and eligible pairs with their fit scores.
    /// - Returns: an allocation whose total fit no other allocation exceeds (scores are used in units
    ///   of 2⁻³², so exact for scores ≥ 2⁻⁹ and within 2⁻³³ per pair below that).
    /// - Complexity: O(S · (L + S + P) · log(S + P)) in the worst case, for S students, P places and
    ///   L listed pairs: one Dijkstra search per student with options. A search stops at the first
    ///   free seat or cheapest displacement, so it usually explores a small part of the network.
    public static func allocate(_ problem: AllocationProblem) -> Allocation {
        var network = AssignmentNetwork(problem)
        for student in 0..<problem.studentCount {
            network.route(student)
        }
        let allocation = Allocation(problem, placeOf: network.placeOf.map { $0 < 0 ? nil : Int($0) })
        assert(allocation.unplacedAreOutranked(in: problem), "an unplaced student could take a seat")
        return allocation
    }
}
