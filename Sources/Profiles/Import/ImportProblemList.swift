/// The problems of an import as it reports them: the first `ImportLimits.problemsListed` one by one, in
/// file order, and the rest counted by reason, so a file with a million problems prints a thousand and
/// a summary rather than a million lines (and is not held in memory a million times).
public struct ImportProblemList: Sendable, Hashable {
    /// Problems not listed one by one, all of one reason: how many, and the first as an example.
    public struct Omitted: Sendable, Hashable {
        public var count: Int
        public var example: ImportProblem
    }

    /// The problems listed one by one, in the order found.
    public private(set) var listed: [ImportProblem] = []
    /// The others, by reason, most frequent first (ties in the order first found).
    public var omitted: [Omitted] { omittedByReason.sorted { $0.count > $1.count } }
    /// Every problem found, listed or not.
    public private(set) var count = 0

    private var omittedByReason: [Omitted] = []
    private var omittedIndex: [String: Int] = [:]
    private let limit: Int

    public init(limit: Int = ImportLimits.problemsListed) {
        self.limit = limit
    }

    public init(_ problems: [ImportProblem], limit: Int = ImportLimits.problemsListed) {
        self.init(limit: limit)
        self += problems
    }

    public var isEmpty: Bool { count == 0 }

    public mutating func append(_ problem: ImportProblem) {
        count += 1
        if listed.count < limit {
            listed.append(problem)
            return
        }
        let reason = problem.kind.name
        if let index = omittedIndex[reason] {
            omittedByReason[index].count += 1
        } else {
            omittedIndex[reason] = omittedByReason.count
            omittedByReason.append(Omitted(count: 1, example: problem))
        }
    }

    public static func += (list: inout ImportProblemList, problems: some Sequence<ImportProblem>) {
        for problem in problems { list.append(problem) }
    }
}

extension ImportProblem.Reason {
    /// The reason's case without its data (`unknownField`), which problems are counted by.
    var name: String {
        // A case with data reflects as one child labelled with the case's name; one without, as itself.
        Mirror(reflecting: self).children.first?.label ?? String(reflecting: self)
    }
}
