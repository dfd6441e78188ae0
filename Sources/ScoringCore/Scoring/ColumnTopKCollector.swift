/// Keeps the best `k` eligible query rows of every item.
public struct ColumnTopKCollector<Filter: PairFilter>: TopKCollector {
    /// Entries kept per item.
    public let k: Int
    /// Which pairs may be returned.
    public let filter: Filter
    var lists: TopKLists

    /// Creates a collector for `columns` items.
    ///
    /// - Parameters:
    ///   - columns: Number of items scored.
    ///   - k: Query rows to keep per item, at least 0.
    ///   - filter: Which pairs may be returned.
    public init(columns: Int, k: Int, filter: Filter) {
        precondition(columns >= 0 && k >= 0, "column count and k must not be negative")
        self.k = k
        self.filter = filter
        self.lists = TopKLists(count: columns, k: k)
    }

    public mutating func begin(rows: Range<Int>) {}

    public mutating func add(_ tile: ScoreTile) {
        precondition(tile.columns.upperBound <= lists.count, "tile outside the collector's columns")
        guard k > 0 else { return }
        let filter = filter
        lists.withView { view in
            TileScan.collect(tile, rowLists: nil, firstRowList: 0, columnLists: view, filter: filter)
        }
    }

    public mutating func end() {}

    public mutating func merge(_ other: ColumnTopKCollector<Filter>) {
        lists.merge(other.lists, offset: 0)
    }

    /// The best query rows of every item, best first, ties by lower row index.
    public var result: TopKResult { lists.result }
}

extension ColumnTopKCollector where Filter == AllPairsEligible {
    /// Creates a collector that keeps the best `k` query rows of each of `columns` items, all pairs eligible.
    public init(columns: Int, k: Int) {
        self.init(columns: columns, k: k, filter: AllPairsEligible())
    }
}
