import ScoringCore

/// Counts, for every item (vacancy) column, the rules each query (student) breaks — in the same pass
/// that ranks them, from the same filter and gate — then hands the tile to `inner`.
///
/// It looks at every pair of every tile, so it is for products with few columns (a shortlist's
/// vacancies), not for the whole-country batch.
struct ExclusionCountingCollector<Inner: TopKCollector>: TopKCollector {
    private(set) var inner: Inner
    private let filter: EligibilityFilter
    private(set) var counts: [ExclusionCounts]

    init(_ inner: Inner, filter: EligibilityFilter, columns: Int) {
        self.inner = inner
        self.filter = filter
        counts = Array(repeating: ExclusionCounts(), count: columns)
    }

    mutating func begin(rows: Range<Int>) { inner.begin(rows: rows) }

    mutating func add(_ tile: ScoreTile) {
        for row in tile.rows {
            for column in tile.columns {
                var broken = filter.exclusions(row: row, column: column)
                if !tile.passesGate(row: row, column: column) { broken.insert(.mustHave) }
                counts[column].add(broken)
            }
        }
        inner.add(tile)
    }

    mutating func end() { inner.end() }

    mutating func merge(_ other: ExclusionCountingCollector<Inner>) {
        inner.merge(other.inner)
        counts = zip(counts, other.counts).map(+)
    }
}
