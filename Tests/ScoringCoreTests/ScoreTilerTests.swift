import Profiles
import Testing
@testable import ScoringCore

@Suite("ScoreTiler")
struct ScoreTilerTests {
    @Test("BLAS scores equal a double-precision oracle", arguments: 0..<6 as Range<UInt64>)
    func scoresMatchOracle(seed: UInt64) throws {
        // Given random matrices and ragged tiles
        var generator = SplitMix64(seed: seed)
        let rows = Int.random(in: 1...40, using: &generator)
        let columns = Int.random(in: 1...40, using: &generator)
        let depth = Int.random(in: 1...33, using: &generator)
        let queries = try Oracle.randomMatrix(rows: rows, columns: depth, using: &generator)
        let items = try Oracle.randomMatrix(rows: columns, columns: depth, using: &generator)
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 7, columnTile: 5, concurrency: 2))

        // When every score is captured
        let run = try tiler.run(queries: queries, items: items) { _ in ScoreCapture(rows: rows, columns: columns) }

        // Then each pair was scored once, as the oracle scores it
        let expected = Oracle.scores(queries, items)
        #expect(run.collector.visits.allSatisfy { $0 == 1 })
        for (got, want) in zip(run.collector.scores, expected) {
            #expect(abs(Double(got) - want) <= 1e-4)
        }
        #expect(run.work.multiplyAdds == rows * columns * depth)
        #expect(run.work.tiles == (rows + 6) / 7 * ((columns + 4) / 5))
    }

    @Test("row tiles cover every row once and end in quarter tiles",
          arguments: [(50_000, 1024), (2048, 1024), (3000, 1024), (100, 1024), (0, 1024), (37, 7), (5000, 64)])
    func rowTilesCoverRowsAndEndSmall(rowCount: Int, rowTile: Int) {
        let ranges = ScoreTiler.rowRanges(rowCount: rowCount, rowTile: rowTile)

        // Contiguous, in order, covering 0..<rowCount with no empty range
        #expect(ranges.first?.lowerBound ?? 0 == 0)
        #expect(ranges.last?.upperBound ?? 0 == rowCount)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.allSatisfy { !$0.isEmpty && $0.count <= rowTile })
        // Every cut but the end of the rows falls on a multiple of 16 once tiles are at least 64 rows
        if rowTile >= 64 {
            #expect(ranges.dropLast().allSatisfy { $0.upperBound % 16 == 0 })
            // and no unit after the last two whole tiles' worth of rows is larger than a quarter tile
            #expect(ranges.filter { $0.lowerBound >= max(0, rowCount - 2 * rowTile) }.allSatisfy { $0.count <= rowTile / 4 })
        }
    }

    @Test("empty inputs and k = 0 give empty results", arguments: [(0, 5, 3, 4), (5, 0, 3, 4), (5, 4, 3, 0), (0, 0, 0, 2)])
    func emptyInputs(rows: Int, columns: Int, depth: Int, k: Int) throws {
        var generator = SplitMix64(seed: 7)
        let queries = try Oracle.randomMatrix(rows: rows, columns: depth, using: &generator)
        let items = try Oracle.randomMatrix(rows: columns, columns: depth, using: &generator)
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 3, columnTile: 5, concurrency: 2))

        let (rowsResult, columnsResult, work) = try tiler.topMatches(
            queries: queries, items: items, rowK: k, columnK: k, filter: AllPairsEligible())

        #expect(rowsResult.count == rows && rowsResult.indices.allSatisfy { $0 == -1 })
        #expect(columnsResult.count == columns && columnsResult.indices.allSatisfy { $0 == -1 })
        #expect(rowsResult.indices.count == rows * k)
        #expect(work == .nothing)
    }

    @Test("zero-length vectors score 0 without calling BLAS")
    func zeroDepth() throws {
        let queries = try DenseMatrix(rows: 3, columns: 0, storage: [])
        let items = try DenseMatrix(rows: 4, columns: 0, storage: [])

        let (result, _) = try ScoreTiler(options: TilingOptions(rowTile: 2, columnTile: 3, concurrency: 2))
            .topItems(queries: queries, items: items, k: 2)

        // All scores tie at 0, so the lowest item indices win.
        #expect(result.indices == [0, 1, 0, 1, 0, 1])
        #expect(result.scores.allSatisfy { $0 == 0 })
    }

    @Test("mismatched vector lengths are refused")
    func dimensionMismatch() throws {
        let queries = try DenseMatrix(rows: 2, columns: 3, storage: Array(repeating: 1, count: 6))
        let items = try DenseMatrix(rows: 2, columns: 4, storage: Array(repeating: 1, count: 8))

        #expect(throws: ScoringError.dimensionMismatch(what: "item vector length", expected: 3, actual: 4)) {
            try ScoreTiler().topItems(queries: queries, items: items, k: 1)
        }
    }

    @Test("the work report counts the gate product too")
    func workCountsGate() throws {
        var generator = SplitMix64(seed: 3)
        let queries = try Oracle.randomMatrix(rows: 6, columns: 4, using: &generator)
        let items = try Oracle.randomMatrix(rows: 5, columns: 4, using: &generator)
        let gate = try GateProduct(queries: try Oracle.integerMatrix(rows: 6, columns: 2, in: 0...1, using: &generator),
                                   items: try Oracle.integerMatrix(rows: 5, columns: 2, in: 0...1, using: &generator))

        let (_, work) = try ScoreTiler().topItems(queries: queries, items: items, k: 2, gate: gate, filter: AllPairsEligible())

        #expect(work.multiplyAdds == 6 * 5 * (4 + 2))
    }
}
