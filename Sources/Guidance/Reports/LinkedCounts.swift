/// Counts of persons that a publication links by sums, and what a reader can work out about each of them
/// from the figures shown: the counts a table's rows add up to, the places a count cannot exceed, the same
/// count in several tables or reports. `DisclosureRule.complements(in:)` chooses what to withhold so that
/// no count shown as "<10" can be narrowed to fewer than `DisclosureRule.minimumPossibleValues` values
/// (Docs/Privacy.md, "Complementary suppression").
///
/// Counts known to the reader in any case (a count shown exactly, the places of a vacancy no longer
/// listed as unfilled) need no cell: they enter a relation as its constant.
public struct LinkedCounts: Sendable {
    /// How a count is shown.
    public enum Shown: Sendable, Hashable {
        /// As it is: 0, 10 or more.
        case exact
        /// As "<10" (1–9), by the primary rule (`PersonCount`).
        case suppressed
        /// Left out (—) so that it cannot be used to work a suppressed count out.
        case withheld
    }

    public struct Cell: Sendable, Hashable {
        /// What the count is of, e.g. `enterprise:saran-tyres`; unique in its table.
        public var key: String
        public var value: Int
        /// The most it can be by figures that are not counts of persons (places), or nil.
        public var cap: Int?
        /// Whether it is shown as a figure of its own that may be withheld to protect another; false for a
        /// count shown only through another figure (a vacancy's people placed, through its unfilled places).
        public var mayBeWithheld: Bool
    }

    /// Σ sign × count = constant (an equation), or ≤ constant (a bound).
    public struct Relation: Sendable, Hashable {
        public struct Term: Sendable, Hashable {
            public var cell: Int
            public var sign: Int
        }

        public var terms: [Term]
        public var constant: Int
        public var isEquation: Bool
    }

    public private(set) var cells: [Cell] = []
    public private(set) var relations: [Relation] = []
    private var indexByKey: [String: Int] = [:]

    public init() {}

    /// Adds a count (or returns the one of that key already added) and its index.
    @discardableResult
    public mutating func add(_ key: String, value: Int, cap: Int? = nil, mayBeWithheld: Bool = true) -> Int {
        if let index = indexByKey[key] { return index }
        precondition(value >= 0 && (cap ?? value) >= value, "a count lies within 0 … its cap")
        cells.append(Cell(key: key, value: value, cap: cap, mayBeWithheld: mayBeWithheld))
        indexByKey[key] = cells.count - 1
        return cells.count - 1
    }

    public func index(of key: String) -> Int? { indexByKey[key] }

    /// total = constant + Σ parts: a table's rows and the figure they add up to.
    public mutating func relate(total: Int, to parts: [Int], plus constant: Int = 0) {
        precondition(cells[total].value == constant + parts.reduce(0) { $0 + cells[$1].value }, "the parts add up to the total")
        relations.append(Relation(terms: [.init(cell: total, sign: 1)] + parts.map { .init(cell: $0, sign: -1) },
                                  constant: constant, isEquation: true))
    }

    /// Σ parts ≤ bound − Σ others: e.g. a college's placed students are no more than its students.
    public mutating func bound(_ parts: [Int], byAtMost others: [Int], plus constant: Int = 0) {
        relations.append(Relation(terms: parts.map { .init(cell: $0, sign: 1) } + others.map { .init(cell: $0, sign: -1) },
                                  constant: constant, isEquation: false))
    }

    /// How cell `index` is shown when the cells in `withheld` are left out.
    public func shown(_ index: Int, withheld: Set<Int>) -> Shown {
        if PersonCount(cells[index].value).isSuppressed { return .suppressed }
        return withheld.contains(index) ? .withheld : .exact
    }
}
