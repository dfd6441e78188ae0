import ScoringCore
/// Students, places with a number of seats, and who may go where: the input of an allocation.
///
/// Each student lists only the places they are eligible for, best first, each with the pair's fit
/// score in [0, 1]. Places rank students by that same pair score, ties going to the lower student
/// index (students are in id order), so both sides have strict preferences over eligible partners.
public struct AllocationProblem: Sendable, Hashable {
    /// Number of students; students are `0..<studentCount`.
    public let studentCount: Int
    /// Seats per place; places are `0..<capacities.count`.
    public let capacities: [Int]
    /// Per student, the eligible places in the student's order of preference (best first),
    /// `Ranked.index` being the place and `Ranked.score` the pair's fit.
    public let preferences: [[Ranked]]

    /// Validates and stores an allocation problem.
    ///
    /// - Parameters:
    ///   - studentCount: number of students (≥ 0).
    ///   - capacities: seats per place (each ≥ 0).
    ///   - preferences: one list per student of eligible places, best first; each place at most once
    ///     per list; scores finite and in [0, 1].
    /// - Throws: `AllocationError` naming the first offending student, place or value.
    /// - Complexity: O(S + P + L) for S students, P places and L listed pairs.
    public init(studentCount: Int, capacities: [Int], preferences: [[Ranked]]) throws(AllocationError) {
        guard studentCount >= 0 else { throw .negativeStudentCount(studentCount) }
        guard preferences.count == studentCount else {
            throw .preferenceListCountMismatch(studentCount: studentCount, lists: preferences.count)
        }
        guard studentCount < Int(Int32.max) else { throw .tooManyIndices(what: "students", count: studentCount) }
        guard capacities.count < Int(Int32.max) else { throw .tooManyIndices(what: "places", count: capacities.count) }
        for (place, capacity) in capacities.enumerated() where capacity < 0 {
            throw .negativeCapacity(place: place, capacity: capacity)
        }
        // A stamp per place (the last student + 1 that listed it) finds duplicates without clearing.
        var listedBy = [Int](repeating: 0, count: capacities.count)
        for (student, list) in preferences.enumerated() {
            for (position, entry) in list.enumerated() {
                guard entry.index >= 0 && entry.index < capacities.count else {
                    throw .placeOutOfRange(student: student, position: position, place: entry.index,
                                           placeCount: capacities.count)
                }
                guard entry.score.isFinite && entry.score >= 0 && entry.score <= 1 else {
                    throw .scoreOutOfRange(student: student, place: entry.index, score: entry.score)
                }
                guard listedBy[entry.index] != student + 1 else {
                    throw .duplicatePlace(student: student, place: entry.index)
                }
                listedBy[entry.index] = student + 1
            }
        }
        self.studentCount = studentCount
        self.capacities = capacities
        self.preferences = preferences
    }

    /// Number of places.
    public var placeCount: Int { capacities.count }

    /// Seats over all places.
    /// - Complexity: O(P).
    public var totalCapacity: Int { capacities.reduce(0, +) }

    /// The fit score of `student` at `place`, or `nil` when the pair is not eligible.
    /// - Complexity: O(length of the student's list).
    public func score(student: Int, place: Int) -> Float? {
        preferences[student].first { $0.index == place }?.score
    }

    /// Whether `place` ranks student `a` (with pair score `scoreA`) above student `b` (`scoreB`):
    /// higher score, then lower index.
    @inline(__always)
    static func placePrefers(_ a: Int, _ scoreA: Float, over b: Int, _ scoreB: Float) -> Bool {
        scoreA > scoreB || (scoreA == scoreB && a < b)
    }
}
