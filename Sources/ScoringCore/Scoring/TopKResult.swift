/// The best `k` entries of each list (a query row's items, or an item's query rows).
///
/// Lists are sorted by score descending, ties by lower index; a list with fewer than `k` eligible
/// entries is padded with index -1 and score -infinity.
public struct TopKResult: Sendable, Hashable {
    /// Number of lists.
    public let count: Int
    /// Entries per list.
    public let k: Int
    /// `count × k` indices, list after list; -1 marks padding.
    public let indices: [Int32]
    /// `count × k` scores matching `indices`; -infinity marks padding.
    public let scores: [Float]

    /// Creates a result from `count × k` indices and scores.
    public init(count: Int, k: Int, indices: [Int32], scores: [Float]) {
        precondition(indices.count == count * k && scores.count == count * k, "result arrays do not match count × k")
        self.count = count
        self.k = k
        self.indices = indices
        self.scores = scores
    }

    /// The result of `count` empty lists.
    public static func empty(count: Int, k: Int) -> TopKResult {
        TopKResult(count: count, k: k,
                   indices: Array(repeating: -1, count: count * k),
                   scores: Array(repeating: -.infinity, count: count * k))
    }

    /// The indices of list `list`, padding removed.
    ///
    /// - Complexity: O(k).
    public func indices(of list: Int) -> [Int32] {
        Array(indices[list * k..<(list + 1) * k].prefix { $0 >= 0 })
    }

    /// The scores of list `list`, padding removed.
    ///
    /// - Complexity: O(k).
    public func scores(of list: Int) -> [Float] {
        Array(scores[list * k..<list * k + indices(of: list).count])
    }
}
