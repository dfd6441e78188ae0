import ScoringCore
/// Who got which place: the result of `DeferredAcceptance` or `OptimalAssignment`.
public struct Allocation: Sendable, Equatable {
    /// Per student, the assigned place, or `nil` when unplaced.
    public let placeOf: [Int?]
    /// Per place, the assigned students with their pair scores, best first in the place's ranking
    /// (higher score, then lower student index).
    public let studentsAt: [[Ranked]]
    /// Per student, why they are unplaced, or `nil` when placed.
    public let unplacedReason: [UnplacedReason?]
    /// Sum of the fit scores of all assigned pairs (added in `Double`, in student order).
    public let totalFit: Double
    /// Assigned students over total seats; 0 when there are no seats.
    public let fillRate: Double

    /// Builds the allocation from each student's place.
    ///
    /// `placeOf` must respect the problem (eligible pairs, capacities). The reasons assume what both
    /// algorithms guarantee: an unplaced student with options is outranked at every one of them.
    /// - Complexity: O(S + P + L + A log A) for L listed pairs and A assignments.
    init(_ problem: AllocationProblem, placeOf: [Int?]) {
        precondition(placeOf.count == problem.studentCount, "one place (or nil) per student")
        var studentsAt = [[Ranked]](repeating: [], count: problem.placeCount)
        var totalFit = 0.0
        var assigned = 0
        for (student, place) in placeOf.enumerated() {
            guard let place else { continue }
            guard let score = problem.score(student: student, place: place) else {
                preconditionFailure("student \(student) assigned to place \(place) it is not eligible for")
            }
            studentsAt[place].append(Ranked(index: student, score: score))
            totalFit += Double(score)
            assigned += 1
        }
        for place in studentsAt.indices {
            precondition(studentsAt[place].count <= problem.capacities[place], "place \(place) over capacity")
            studentsAt[place].sort(by: Ranked.isBetter)
        }
        let capacity = problem.totalCapacity
        self.placeOf = placeOf
        self.studentsAt = studentsAt
        self.totalFit = totalFit
        self.fillRate = capacity == 0 ? 0 : Double(assigned) / Double(capacity)
        self.unplacedReason = placeOf.indices.map { student in
            guard placeOf[student] == nil else { return nil }
            return problem.preferences[student].isEmpty ? .noEligiblePlace : .outrankedEverywhere
        }
    }

    /// Number of placed students.
    /// - Complexity: O(S).
    public var placedCount: Int { placeOf.lazy.filter { $0 != nil }.count }

    /// Both algorithms leave a student with options unplaced only when every eligible place is full
    /// with students it ranks higher; `unplacedReason` relies on it.
    func unplacedAreOutranked(in problem: AllocationProblem) -> Bool {
        for student in placeOf.indices where placeOf[student] == nil {
            for option in problem.preferences[student] {
                let held = studentsAt[option.index]
                if held.count < problem.capacities[option.index] { return false }
                if let worst = held.last,
                   AllocationProblem.placePrefers(student, option.score, over: worst.index, worst.score) {
                    return false
                }
            }
        }
        return true
    }
}
