@testable import ScoringCore
import Profiles
import Testing


/// A filter that bans pairs by a rule, to check ineligible pairs never come back.
struct BannedPairs: PairFilter {
    func isEligible(row: Int, column: Int) -> Bool { (row + 2 * column) % 3 != 0 }
}

@Suite("Pair eligibility")
struct PairFilterTests {
    @Test("a filter excludes pairs in both directions", arguments: 0..<4 as Range<UInt64>)
    func filterExcludes(seed: UInt64) throws {
        // Given integer matrices and a filter banning a third of the pairs
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: 14, columns: 3, using: &generator)
        let items = try Oracle.integerMatrix(rows: 11, columns: 3, using: &generator)
        let filter = BannedPairs()
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 3, columnTile: 5, concurrency: 2))

        // When both directions are collected with the filter
        let (byRow, byColumn, _) = try tiler.topMatches(
            queries: queries, items: items, rowK: 5, columnK: 4, filter: filter)

        // Then no banned pair appears, and the lists are the oracle's over eligible pairs
        for row in 0..<14 {
            #expect(byRow.indices(of: row).allSatisfy { filter.isEligible(row: row, column: Int($0)) })
        }
        for column in 0..<11 {
            #expect(byColumn.indices(of: column).allSatisfy { filter.isEligible(row: Int($0), column: column) })
        }
        #expect(Oracle.matches(byRow, Oracle.rowTopK(queries, items, k: 5, eligible: filter.isEligible)))
        #expect(Oracle.matches(byColumn, Oracle.columnTopK(queries, items, k: 4, eligible: filter.isEligible)))
    }

    @Test("the gate product excludes pairs with an unmet must-have", arguments: 0..<4 as Range<UInt64>)
    func gateExcludes(seed: UInt64) throws {
        // Given must-haves: item c requires skill s when required[c][s] = 1; query r lacks s when lacking[r][s] = 1
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: 13, columns: 4, using: &generator)
        let items = try Oracle.integerMatrix(rows: 9, columns: 4, using: &generator)
        let lacking = try Oracle.integerMatrix(rows: 13, columns: 3, in: 0...1, using: &generator)
        let required = try Oracle.integerMatrix(rows: 9, columns: 3, in: 0...1, using: &generator)
        let gate = try GateProduct(queries: lacking, items: required)
        let unmet = Oracle.scores(lacking, required)
        let eligible = { (row: Int, column: Int) in unmet[row * 9 + column] <= 0.5 }
        let tiler = ScoreTiler(options: TilingOptions(rowTile: 3, columnTile: 5, concurrency: 2))

        // When collecting with the gate
        let (byRow, byColumn, _) = try tiler.topMatches(
            queries: queries, items: items, rowK: 4, columnK: 3, gate: gate, filter: AllPairsEligible())

        // Then only pairs without unmet must-haves appear, as the oracle ranks them
        #expect(unmet.contains { $0 > 0.5 }, "the seed should produce some gated pairs")
        #expect(Oracle.matches(byRow, Oracle.rowTopK(queries, items, k: 4, eligible: eligible)))
        #expect(Oracle.matches(byColumn, Oracle.columnTopK(queries, items, k: 3, eligible: eligible)))
    }

    @Test("a gate whose rows do not match the queries is refused")
    func gateShape() throws {
        let queries = try DenseMatrix(rows: 2, columns: 1, storage: [1, 2])
        let items = try DenseMatrix(rows: 2, columns: 1, storage: [1, 2])
        let gate = try GateProduct(queries: try DenseMatrix(rows: 3, columns: 1, storage: [0, 0, 0]), items: items)

        #expect(throws: ScoringError.dimensionMismatch(what: "gate query rows", expected: 2, actual: 3)) {
            try ScoreTiler().topItems(queries: queries, items: items, k: 1, gate: gate, filter: AllPairsEligible())
        }
    }
}
