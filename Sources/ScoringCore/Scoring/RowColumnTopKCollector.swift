/// Keeps, in one pass over each tile, the best items of every query row and the best query rows of every item.
public struct RowColumnTopKCollector<Filter: PairFilter>: TopKCollector {
    private var rowPart: RowTopKCollector<Filter>
    private var columnPart: ColumnTopKCollector<Filter>
    /// What the lists record for each query row and item, and rank ties by; nil: their positions.
    private let ids: (rows: [Int32], columns: [Int32])?

    /// Creates a collector for a `rows` × `columns` product.
    ///
    /// - Parameters:
    ///   - rows: Number of query rows scored.
    ///   - columns: Number of items scored.
    ///   - rowK: Items to keep per query row.
    ///   - columnK: Query rows to keep per item.
    ///   - filter: Which pairs may be returned (both directions).
    ///   - ids: What the lists record for each query row and item instead of its position, and rank
    ///     equal scores by (lower first): so the order of rows and items within a run changes nothing.
    public init(rows: Int, columns: Int, rowK: Int, columnK: Int, filter: Filter, ids: (rows: [Int32], columns: [Int32])? = nil) {
        precondition(ids.map { $0.rows.count == rows && $0.columns.count == columns } ?? true, "one id per row and per column")
        self.ids = ids
        rowPart = RowTopKCollector(rows: rows, k: rowK, filter: filter)
        columnPart = ColumnTopKCollector(columns: columns, k: columnK, filter: filter)
    }

    public mutating func begin(rows: Range<Int>) {
        rowPart.begin(rows: rows)
    }

    public mutating func add(_ tile: ScoreTile) {
        let wantsRows = rowPart.k > 0, wantsColumns = columnPart.k > 0
        guard wantsRows || wantsColumns else { return }
        if ids == nil && !(wantsRows && wantsColumns) {
            if wantsRows { rowPart.add(tile) } else { columnPart.add(tile) }
            return
        }
        let firstRow = rowPart.currentRows.lowerBound
        let filter = rowPart.filter
        let rowIDs = ids?.rows ?? [], columnIDs = ids?.columns ?? []
        let hasIDs = ids != nil
        precondition(!wantsColumns || tile.columns.upperBound <= columnPart.lists.count, "tile outside the collector's columns")
        rowIDs.withUnsafeBufferPointer { rowIDs in
            columnIDs.withUnsafeBufferPointer { columnIDs in
                let rowIDs = hasIDs ? rowIDs.baseAddress : nil, columnIDs = hasIDs ? columnIDs.baseAddress : nil
                switch (wantsRows, wantsColumns) {
                case (true, true):
                    rowPart.current.withView { rowView in
                        columnPart.lists.withView { columnView in
                            TileScan.collect(tile, rowLists: rowView, firstRowList: firstRow, columnLists: columnView, filter: filter,
                                             rowIDs: rowIDs, columnIDs: columnIDs)
                        }
                    }
                case (true, false):
                    rowPart.current.withView { rowView in
                        TileScan.collect(tile, rowLists: rowView, firstRowList: firstRow, columnLists: nil, filter: filter,
                                         rowIDs: rowIDs, columnIDs: columnIDs)
                    }
                default:
                    columnPart.lists.withView { columnView in
                        TileScan.collect(tile, rowLists: nil, firstRowList: 0, columnLists: columnView, filter: filter,
                                         rowIDs: rowIDs, columnIDs: columnIDs)
                    }
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

    /// The best items of every query row, best first, ties by lower item index (or id).
    public var rowResult: TopKResult { rowPart.result }
    /// The best query rows of every item, best first, ties by lower row index (or id).
    public var columnResult: TopKResult { columnPart.result }
}

extension RowColumnTopKCollector where Filter == AllPairsEligible {
    /// Creates a collector for both directions with all pairs eligible.
    public init(rows: Int, columns: Int, rowK: Int, columnK: Int) {
        self.init(rows: rows, columns: columns, rowK: rowK, columnK: columnK, filter: AllPairsEligible())
    }
}
