import Profiles
import Testing
@testable import ScoringCore

/// Per-row, per-column and combined top-k against `sorted(by: score desc, index asc).prefix(k)`.
/// Small-integer matrices make every score exact, so ties are real and ordering is checked exactly.
@Suite("Top-k collectors")
struct TopKCollectorTests {
    /// Shapes that leave ragged 3 × 5 tiles, k below, equal to and above the item count.
    static let cases: [(rows: Int, columns: Int, depth: Int, k: Int, seed: UInt64)] = [
        (10, 13, 4, 3, 1), (7, 5, 3, 5, 2), (11, 4, 2, 9, 3), (1, 17, 5, 1, 4), (23, 29, 6, 10, 5), (16, 16, 1, 4, 6),
    ]

    @Test("per-row top-k equals the oracle, with ties", arguments: cases)
    func rowTopK(rows: Int, columns: Int, depth: Int, k: Int, seed: UInt64) throws {
        // Given integer-valued matrices (depth 1 and values in -2...2 force many ties)
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: rows, columns: depth, using: &generator)
        let items = try Oracle.integerMatrix(rows: columns, columns: depth, using: &generator)
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 3, columnTile: 5, concurrency: 2))

        // When the best k items of each row are kept
        let (result, _) = try tiler.topItems(queries: queries, items: items, k: k)

        // Then they are the oracle's, padded when k exceeds the item count
        #expect(Oracle.matches(result, Oracle.rowTopK(queries, items, k: k)))
        #expect(result.indices(of: 0).count == min(k, columns))
    }

    @Test("per-column top-k equals the oracle, with ties", arguments: cases)
    func columnTopK(rows: Int, columns: Int, depth: Int, k: Int, seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: rows, columns: depth, using: &generator)
        let items = try Oracle.integerMatrix(rows: columns, columns: depth, using: &generator)
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 3, columnTile: 5, concurrency: 3))

        let run = try tiler.run(queries: queries, items: items) { _ in ColumnTopKCollector(columns: columns, k: k) }

        #expect(Oracle.matches(run.collector.result, Oracle.columnTopK(queries, items, k: k)))
    }

    @Test("one pass keeps both directions, each equal to the oracle", arguments: cases)
    func bothDirections(rows: Int, columns: Int, depth: Int, k: Int, seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: rows, columns: depth, using: &generator)
        let items = try Oracle.integerMatrix(rows: columns, columns: depth, using: &generator)
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 3, columnTile: 5, concurrency: 2))

        let (byRow, byColumn, work) = try tiler.topMatches(
            queries: queries, items: items, rowK: k, columnK: k + 1, filter: AllPairsEligible())

        #expect(Oracle.matches(byRow, Oracle.rowTopK(queries, items, k: k)))
        #expect(Oracle.matches(byColumn, Oracle.columnTopK(queries, items, k: k + 1)))
        #expect(work.multiplyAdds == rows * columns * depth)
    }

    @Test("random float scores: top-k within tolerance of the oracle", arguments: 0..<4 as Range<UInt64>)
    func randomFloats(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.randomMatrix(rows: 37, columns: 19, using: &generator)
        let items = try Oracle.randomMatrix(rows: 53, columns: 19, using: &generator)
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 8, columnTile: 16, concurrency: 2))

        let (byRow, byColumn, _) = try tiler.topMatches(
            queries: queries, items: items, rowK: 6, columnK: 4, filter: AllPairsEligible())

        // Random scores are distinct far beyond float rounding, so the order is the oracle's.
        #expect(Oracle.matches(byRow, Oracle.rowTopK(queries, items, k: 6)))
        #expect(Oracle.matches(byColumn, Oracle.columnTopK(queries, items, k: 4)))
    }

    @Test("a full list keeps its worst entry against a later tie, and takes an earlier one")
    func tieAtThreshold() {
        var lists = TopKLists(count: 1, k: 2)
        lists.withView { view in
            view.insert(0, score: 5, index: 4)
            view.insert(0, score: 3, index: 7)
            view.insert(0, score: 3, index: 9)  // ties the worst with a higher index: rejected
            view.insert(0, score: 3, index: 2)  // ties the worst with a lower index: replaces it
        }
        #expect(lists.indices == [4, 2])
        #expect(lists.scores == [5, 3])
    }
}
