extension Allocation {
    /// Every blocking pair: a student and an eligible place such that the student prefers the place
    /// to their own (or is unplaced) and the place has a free seat or holds a student it ranks below
    /// the student. A stable allocation has none.
    ///
    /// - Parameter problem: the problem this allocation was computed for.
    /// - Returns: the pairs, by student, then in the student's order of preference.
    /// - Complexity: O(S + P + L) for L listed pairs.
    public func blockingPairs(in problem: AllocationProblem) -> [BlockingPair] {
        precondition(placeOf.count == problem.studentCount && studentsAt.count == problem.placeCount,
                     "the allocation belongs to another problem")
        var pairs: [BlockingPair] = []
        for (student, list) in problem.preferences.enumerated() {
            for option in list {
                // Places after the student's own are worse for the student: stop there.
                if option.index == placeOf[student] { break }
                let held = studentsAt[option.index]
                if held.count < problem.capacities[option.index] {
                    pairs.append(BlockingPair(student: student, place: option.index))
                } else if let worst = held.last,
                          AllocationProblem.placePrefers(student, option.score, over: worst.index, worst.score) {
                    pairs.append(BlockingPair(student: student, place: option.index))
                }
            }
        }
        return pairs
    }

    /// Whether no student–place pair blocks this allocation.
    /// - Complexity: O(S + P + L).
    public func isStable(in problem: AllocationProblem) -> Bool {
        blockingPairs(in: problem).isEmpty
    }
}
