/// A student and a place that would both rather be together than keep their allocation.
public struct BlockingPair: Sendable, Hashable, Codable, CustomStringConvertible {
    public var student: Int
    public var place: Int

    public init(student: Int, place: Int) {
        self.student = student
        self.place = place
    }

    public var description: String { "(student \(student), place \(place))" }
}
