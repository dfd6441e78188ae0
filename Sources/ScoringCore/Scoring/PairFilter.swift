/// Decides which query × item pairs may appear in top-k results.
///
/// Collectors ask only about scores that would enter a top-k list, so a filter may be slow-ish
/// (a dictionary lookup) without slowing the scan. It is shared by all workers, hence `Sendable`.
public protocol PairFilter: Sendable {
    /// Whether the pair of query `row` and item `column` may be returned.
    func isEligible(row: Int, column: Int) -> Bool
}

/// The filter that accepts every pair; generic specialisation removes its check entirely.
public struct AllPairsEligible: PairFilter {
    /// Creates the accept-everything filter.
    public init() {}

    @inlinable @inline(__always)
    public func isEligible(row: Int, column: Int) -> Bool { true }
}
