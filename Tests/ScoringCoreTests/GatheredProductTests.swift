@testable import ScoringCore
import Profiles
import Testing

/// The gathered product multiplies per tile only the columns both sides use, on rows and items in any
/// order; lists record ids and rank ties by them, so neither the order nor the cut changes a bit.
@Suite("Gathered products: only shared non-zero columns, ids instead of positions")
struct GatheredProductTests {
    static let executor = ScoringExecutor(workerLimit: 4)

    /// Whole numbers in 0...3, most of them zero, a few columns always zero on one side.
    static func sparse(rows: Int, columns: Int, zeroColumns: Set<Int>, using generator: inout SplitMix64) -> [[Float]] {
        (0..<rows).map { _ in
            (0..<columns).map { column in zeroColumns.contains(column) || generator.chance(0.7) ? 0 : Float(1 + Int(generator.unit() * 3)) }
        }
    }

    @Test("equal to the oracle for every tiling, worker count and order", arguments: 0..<4 as Range<UInt64>)
    func equalsTheOracle(seed: UInt64) throws {
        // Given 90 queries and 300 items over 40 columns, 200 items scored in a shuffled order, rows shuffled
        var generator = SplitMix64(seed: seed)
        let queryRows = Self.sparse(rows: 90, columns: 40, zeroColumns: [0, 1, 2, 3], using: &generator)
        let itemValues = Self.sparse(rows: 300, columns: 40, zeroColumns: [4, 5, 6], using: &generator)
        let items = try SparseRows(rows: 300, columns: 40) { row, buffer in
            for column in 0..<40 { buffer[column] = itemValues[row][column] }
        }
        #expect(items.nonZeros < 300 * 40 / 2)
        let itemRows = Array((0..<300).shuffled(using: &generator).prefix(200)).map(Int32.init)
        let rowOrder = Array(0..<90).shuffled(using: &generator)
        let queries = try DenseMatrix(rows: 90, columns: 40, storage: rowOrder.flatMap { queryRows[$0] })
        let ids = (rows: rowOrder.map(Int32.init), columns: itemRows)

        // The oracle: exact scores by id, best first, ties by lower id
        func dot(_ row: Int, _ item: Int) -> Double { zip(queryRows[row], itemValues[item]).reduce(0) { $0 + Double($1.0 * $1.1) } }
        let rowK = 6, columnK = 5
        let expectedRows = rowOrder.map { row in Oracle.top(itemRows.map { (dot(row, Int($0)), Int($0)) }, k: rowK) }
        let expectedColumns = itemRows.map { item in Oracle.top((0..<90).map { (dot($0, Int(item)), $0) }, k: columnK) }

        for (rowTile, columnTile) in [(1024, 1024), (3, 5), (16, 64), (7, 200)] {
            for workers in [1, 2, 4] {
                // When scored gathered with these tiles and workers
                let tiler = ScoreTiler(options: TilingOptions(rowTile: rowTile, columnTile: columnTile, concurrency: workers), executor: Self.executor)
                let run = try tiler.runGathered(queries: queries, items: items, itemRows: itemRows) { _ in
                    RowColumnTopKCollector(rows: 90, columns: 200, rowK: rowK, columnK: columnK, filter: AllPairsEligible(), ids: ids)
                }
                // Then every list is the oracle's, ids and scores
                let rows = run.collector.rowResult, columns = run.collector.columnResult
                for row in 0..<90 {
                    #expect(rows.indices(of: row).map(Int.init) == expectedRows[row].map(\.index), "row \(row), \(rowTile)×\(columnTile), \(workers)")
                    #expect(rows.scores(of: row).map(Double.init) == expectedRows[row].map(\.score))
                }
                for column in 0..<200 {
                    #expect(columns.indices(of: column).map(Int.init) == expectedColumns[column].map(\.index))
                    #expect(columns.scores(of: column).map(Double.init) == expectedColumns[column].map(\.score))
                }
                // and fewer multiply-adds than the full product at full width
                #expect(run.work.multiplyAdds < 90 * 200 * 40)
            }
        }
    }

    @Test("a tile whose sides share no column still offers its zero scores")
    func disjointColumnsScoreZero() throws {
        // Given queries using columns 0–1 only and items using 2–3 only
        let queries = try DenseMatrix(rows: 3, columns: 4, storage: [1, 2, 0, 0, 3, 1, 0, 0, 2, 2, 0, 0])
        let items = try SparseRows(rows: 2, columns: 4) { row, buffer in buffer[2 + row] = 5 }
        // When scored gathered
        let run = try ScoreTiler(options: TilingOptions(concurrency: 1), executor: Self.executor)
            .runGathered(queries: queries, items: items, itemRows: [1, 0]) { _ in
                RowColumnTopKCollector(rows: 3, columns: 2, rowK: 2, columnK: 2, filter: AllPairsEligible(), ids: (rows: [0, 1, 2], columns: [1, 0]))
            }
        // Then nothing is multiplied, and every pair ranks with score 0, by id
        #expect(run.work.multiplyAdds == 0)
        #expect(run.collector.rowResult.indices(of: 0) == [0, 1])
        #expect(run.collector.rowResult.scores(of: 0) == [0, 0])
        #expect(run.collector.columnResult.indices(of: 0) == [0, 1])
    }

    @Test("no items or no queries: empty lists")
    func emptyInputs() throws {
        let queries = try DenseMatrix(rows: 2, columns: 3, storage: [1, 0, 0, 0, 1, 0])
        let items = try SparseRows(rows: 0, columns: 3) { _, _ in }
        let run = try ScoreTiler(options: TilingOptions(concurrency: 2), executor: Self.executor)
            .runGathered(queries: queries, items: items, itemRows: []) { _ in
                RowColumnTopKCollector(rows: 2, columns: 0, rowK: 2, columnK: 2)
            }
        #expect(run.collector.rowResult.indices(of: 0).isEmpty && run.work == .nothing)
    }
}
