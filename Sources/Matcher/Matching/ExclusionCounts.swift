/// How many students may apply to one vacancy, and how many break each rule (a student may break several).
public struct ExclusionCounts: Sendable, Hashable {
    public var students = 0
    public var eligible = 0
    /// Students breaking each rule, in `Eligibility.Exclusions.categories` order.
    public var byRule = [Int](repeating: 0, count: Eligibility.Exclusions.categories.count)

    public init() {}

    /// Counts one student's pair with the vacancy.
    @inline(__always)
    mutating func add(_ broken: Eligibility.Exclusions) {
        students += 1
        if broken.isEmpty { eligible += 1; return }
        for (index, category) in Eligibility.Exclusions.categories.enumerated() where broken.contains(category.rule) {
            byRule[index] += 1
        }
    }

    static func + (a: ExclusionCounts, b: ExclusionCounts) -> ExclusionCounts {
        var sum = a
        sum.students += b.students
        sum.eligible += b.eligible
        for index in sum.byRule.indices { sum.byRule[index] += b.byRule[index] }
        return sum
    }

    /// Excluded students by category, omitting rules nobody broke.
    public var excluded: [Eligibility.Reason.Category: Int] {
        Dictionary(uniqueKeysWithValues: zip(Eligibility.Exclusions.categories, byRule).filter { $1 > 0 }.map { ($0.category, $1) })
    }
}
