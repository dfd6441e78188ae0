@testable import ScoringCore
import Profiles
import Testing


/// Queries and items sorted by region: region r holds query rows `rowRegions[r]` and items `columnRegions[r]`;
/// the last item region is national and open to every query.
struct RegionFilter: PairFilter {
    let rowRegions: [Range<Int>]
    let columnRegions: [Range<Int>]

    func isEligible(row: Int, column: Int) -> Bool {
        let national = columnRegions.last!
        if national.contains(column) { return true }
        let region = rowRegions.firstIndex { $0.contains(row) }!
        return columnRegions[region].contains(column)
    }

    /// Blocks that can hold eligible pairs: each region with itself, and everyone with the national items.
    var plan: ScorePlan {
        get throws {
            let national = columnRegions.last!
            let rows = rowRegions.first!.lowerBound..<rowRegions.last!.upperBound
            return try ScorePlan(blocks: zip(rowRegions, columnRegions.dropLast()).map { .init(rows: $0, columns: $1) }
                + [.init(rows: rows, columns: national)])
        }
    }
}

@Suite("ScorePlan")
struct ScorePlanTests {
    let filter = RegionFilter(rowRegions: [0..<9, 9..<10, 10..<25], columnRegions: [0..<6, 6..<13, 13..<20, 20..<23])

    @Test("a plan skipping only ineligible blocks gives the full product's results", arguments: 0..<3 as Range<UInt64>)
    func planMatchesFullProduct(seed: UInt64) throws {
        // Given queries and items sorted by region
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: 25, columns: 4, using: &generator)
        let items = try Oracle.integerMatrix(rows: 23, columns: 4, using: &generator)
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 4, columnTile: 5, concurrency: 2))

        // When scored with the plan and without
        let planned = try tiler.topMatches(queries: queries, items: items, rowK: 4, columnK: 3,
                                           plan: try filter.plan, filter: filter)
        let full = try tiler.topMatches(queries: queries, items: items, rowK: 4, columnK: 3, filter: filter)

        // Then results agree, and the plan reports the multiplication it saved
        #expect(planned.rows == full.rows)
        #expect(planned.columns == full.columns)
        let plannedPairs = 9 * 6 + 1 * 7 + 15 * 7 + 25 * 3
        #expect(planned.work.multiplyAdds == plannedPairs * 4)
        #expect(planned.work.fullMultiplyAdds == 25 * 23 * 4)
        #expect(abs(planned.work.savedFraction - (1 - Double(plannedPairs) / Double(25 * 23))) < 1e-12)
    }

    @Test("a plan scores each of its pairs once and nothing else")
    func planVisitsOnlyItsBlocks() throws {
        var generator = SplitMix64(seed: 9)
        let queries = try Oracle.randomMatrix(rows: 25, columns: 3, using: &generator)
        let items = try Oracle.randomMatrix(rows: 23, columns: 3, using: &generator)
        let plan = try filter.plan

        let run = try ScoreTiler(options: TilingOptions(rowTile: 4, columnTile: 5, concurrency: 3))
            .run(queries: queries, items: items, plan: plan) { _ in ScoreCapture(rows: 25, columns: 23) }

        for row in 0..<25 {
            for column in 0..<23 {
                let inPlan = plan.blocks.contains { $0.rows.contains(row) && $0.columns.contains(column) }
                #expect(run.collector.visits[row * 23 + column] == (inPlan ? 1 : 0))
            }
        }
    }

    @Test("overlapping blocks are refused")
    func overlapping() {
        #expect(throws: ScoringError.overlappingPlanBlocks(0, 2)) {
            try ScorePlan(blocks: [.init(rows: 0..<5, columns: 0..<5), .init(rows: 5..<9, columns: 0..<5),
                                   .init(rows: 4..<6, columns: 4..<8)])
        }
    }

    @Test("a block outside the product is refused")
    func outOfBounds() throws {
        let matrix = try DenseMatrix(rows: 3, columns: 1, storage: [1, 2, 3])
        let plan = try ScorePlan(blocks: [.init(rows: 0..<3, columns: 2..<4)])

        #expect(throws: ScoringError.planBlockOutOfBounds(block: 0, rows: 3, columns: 3)) {
            try ScoreTiler().topItems(queries: matrix, items: matrix, k: 1, plan: plan, filter: AllPairsEligible())
        }
    }
}
