/// Why an `AllocationProblem` refused its inputs.
public enum AllocationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `studentCount` is negative.
    case negativeStudentCount(Int)
    /// There must be one preference list per student.
    case preferenceListCountMismatch(studentCount: Int, lists: Int)
    /// A place was given a negative number of seats.
    case negativeCapacity(place: Int, capacity: Int)
    /// A preference names a place outside `0..<placeCount`.
    case placeOutOfRange(student: Int, position: Int, place: Int, placeCount: Int)
    /// A student lists the same place twice.
    case duplicatePlace(student: Int, place: Int)
    /// A pair's fit score is NaN, infinite or outside [0, 1].
    case scoreOutOfRange(student: Int, place: Int, score: Float)
    /// More students or places than an `Int32` index can name.
    case tooManyIndices(what: String, count: Int)

    public var description: String {
        switch self {
        case let .negativeStudentCount(count):
            "student count \(count) is negative"
        case let .preferenceListCountMismatch(studentCount, lists):
            "\(studentCount) students need \(studentCount) preference lists, got \(lists)"
        case let .negativeCapacity(place, capacity):
            "place \(place) has a negative capacity \(capacity)"
        case let .placeOutOfRange(student, position, place, placeCount):
            "student \(student), preference \(position): place \(place) is outside 0..<\(placeCount)"
        case let .duplicatePlace(student, place):
            "student \(student) lists place \(place) more than once"
        case let .scoreOutOfRange(student, place, score):
            "student \(student), place \(place): fit score \(score) is not a finite number in [0, 1]"
        case let .tooManyIndices(what, count):
            "\(count) \(what) exceed the Int32 index range"
        }
    }
}
