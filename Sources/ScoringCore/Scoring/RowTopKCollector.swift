/// Keeps the best `k` eligible items of every query row.
public struct RowTopKCollector<Filter: PairFilter>: TopKCollector {
    /// Entries kept per query row.
    public let k: Int
    /// Which pairs may be returned.
    public let filter: Filter
    private let rowCount: Int
    var current: TopKLists
    private(set) var currentRows: Range<Int> = 0..<0
    /// Finished row tiles: their first row and their lists.
    private var finished: [(firstRow: Int, lists: TopKLists)] = []

    /// Creates a collector for `rows` query rows.
    ///
    /// - Parameters:
    ///   - rows: Number of query rows scored.
    ///   - k: Items to keep per row, at least 0.
    ///   - filter: Which pairs may be returned.
    public init(rows: Int, k: Int, filter: Filter) {
        precondition(rows >= 0 && k >= 0, "row count and k must not be negative")
        self.k = k
        self.filter = filter
        self.rowCount = rows
        self.current = TopKLists(count: 0, k: k)
    }

    public mutating func begin(rows: Range<Int>) {
        precondition(rows.lowerBound >= 0 && rows.upperBound <= rowCount, "row tile outside the collector's rows")
        currentRows = rows
        current.reset(count: rows.count)
    }

    public mutating func add(_ tile: ScoreTile) {
        precondition(currentRows.contains(tile.rows.lowerBound) || tile.rows.isEmpty, "tile outside the begun rows")
        guard k > 0 else { return }
        let firstRow = currentRows.lowerBound
        let filter = filter
        current.withView { view in
            TileScan.collect(tile, rowLists: view, firstRowList: firstRow, columnLists: nil, filter: filter)
        }
    }

    public mutating func end() {
        finished.append((currentRows.lowerBound, current))
        // A fresh buffer for the next tile: the finished one is now shared with `finished`.
        current = TopKLists(count: 0, k: k)
    }

    public mutating func merge(_ other: RowTopKCollector<Filter>) {
        finished.append(contentsOf: other.finished)
    }

    /// The best items of every query row, best first, ties by lower item index.
    ///
    /// - Complexity: O(rows × k).
    public var result: TopKResult {
        var all = TopKLists(count: rowCount, k: k)
        for (firstRow, lists) in finished { all.merge(lists, offset: firstRow) }
        return all.result
    }
}

extension RowTopKCollector where Filter == AllPairsEligible {
    /// Creates a collector that keeps the best `k` items of each of `rows` query rows, all pairs eligible.
    public init(rows: Int, k: Int) {
        self.init(rows: rows, k: k, filter: AllPairsEligible())
    }
}
