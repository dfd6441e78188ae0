/// Keeps, in one pass over each tile, the best items of every query row and the best query rows of every item.
public struct RowColumnTopKCollector<Filter: PairFilter>: TopKCollector {
    private var rowPart: RowTopKCollector<Filter>
    private var columnPart: ColumnTopKCollector<Filter>

    /// Creates a collector for a `rows` × `columns` product.
    ///
    /// - Parameters:
    ///   - rows: Number of query rows scored.
    ///   - columns: Number of items scored.
    ///   - rowK: Items to keep per query row.
    ///   - columnK: Query rows to keep per item.
    ///   - filter: Which pairs may be returned (both directions).
    public init(rows: Int, columns: Int, rowK: Int, columnK: Int, filter: Filter) {
        rowPart = RowTopKCollector(rows: rows, k: rowK, filter: filter)
        columnPart = ColumnTopKCollector(columns: columns, k: columnK, filter: filter)
    }

    public mutating func begin(rows: Range<Int>) {
        rowPart.begin(rows: rows)
    }

    public mutating func add(_ tile: ScoreTile) {
        switch (rowPart.k > 0, columnPart.k > 0) {
        case (false, false):
            return
        case (true, false):
            rowPart.add(tile)
        case (false, true):
            columnPart.add(tile)
        case (true, true):
            let firstRow = rowPart.currentRows.lowerBound
            let filter = rowPart.filter
            precondition(tile.columns.upperBound <= columnPart.lists.count, "tile outside the collector's columns")
            rowPart.current.withView { rowView in
                columnPart.lists.withView { columnView in
                    TileScan.collect(tile, rowLists: rowView, firstRowList: firstRow, columnLists: columnView, filter: filter)
                }
            }
        }
    }

    public mutating func end() {
        rowPart.end()
    }

    public mutating func merge(_ other: RowColumnTopKCollector<Filter>) {
        rowPart.merge(other.rowPart)
        columnPart.merge(other.columnPart)
    }

    /// The best items of every query row, best first, ties by lower item index.
    public var rowResult: TopKResult { rowPart.result }
    /// The best query rows of every item, best first, ties by lower row index.
    public var columnResult: TopKResult { columnPart.result }
}

extension RowColumnTopKCollector where Filter == AllPairsEligible {
    /// Creates a collector for both directions with all pairs eligible.
    public init(rows: Int, columns: Int, rowK: Int, columnK: Int) {
        self.init(rows: rows, columns: columns, rowK: rowK, columnK: columnK, filter: AllPairsEligible())
    }
}
