@testable import ScoringCore
import Profiles
import Testing


@Suite("Results do not depend on tiling or workers")
struct TilingInvarianceTests {
    static let tilings: [(rowTile: Int, columnTile: Int)] = [(1, 1), (3, 5), (8, 8), (17, 64), (1024, 1024)]

    @Test("exact scores: identical top-k for every tile size and concurrency 1, 2, 3", arguments: 0..<3 as Range<UInt64>)
    func identicalAcrossTilings(seed: UInt64) throws {
        // Given integer-valued matrices, whose scores every tiling computes exactly (and ties often)
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: 61, columns: 13, using: &generator)
        let items = try Oracle.integerMatrix(rows: 47, columns: 13, using: &generator)
        let reference = try ScoreTiler(options: TilingOptions(rowTile: 4096, columnTile: 1024, concurrency: 1))
            .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())

        // When tiles and workers vary, then results are the same
        for tiling in Self.tilings {
            for concurrency in 1...3 {
                let options = TilingOptions(rowTile: tiling.rowTile, columnTile: tiling.columnTile, concurrency: concurrency)
                let run = try ScoreTiler(options: options)
                    .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())
                #expect(run.rows == reference.rows, "\(options)")
                #expect(run.columns == reference.columns, "\(options)")
            }
        }
    }

    @Test("float scores: bit-identical across concurrency for the same tiles", arguments: 0..<3 as Range<UInt64>)
    func identicalAcrossConcurrency(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.randomMatrix(rows: 61, columns: 13, using: &generator)
        let items = try Oracle.randomMatrix(rows: 47, columns: 13, using: &generator)
        let results = try (1...3).map { concurrency in
            try ScoreTiler(options: TilingOptions(rowTile: 5, columnTile: 7, concurrency: concurrency))
                .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())
        }

        for result in results.dropFirst() {
            #expect(result.rows == results[0].rows)
            #expect(result.columns == results[0].columns)
        }
    }

    @Test("float scores: same indices for every tile size, scores within rounding", arguments: 0..<3 as Range<UInt64>)
    func sameIndicesAcrossTilings(seed: UInt64) throws {
        // OpenBLAS's edge kernels may sum a ragged tile in another order, moving a score by an ulp.
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.randomMatrix(rows: 61, columns: 13, using: &generator)
        let items = try Oracle.randomMatrix(rows: 47, columns: 13, using: &generator)
        let reference = try ScoreTiler(options: TilingOptions(rowTile: 4096, columnTile: 1024, concurrency: 1))
            .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())

        for tiling in Self.tilings {
            let options = TilingOptions(rowTile: tiling.rowTile, columnTile: tiling.columnTile, concurrency: 2)
            let run = try ScoreTiler(options: options)
                .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())
            #expect(run.rows.indices == reference.rows.indices, "\(options)")
            #expect(run.columns.indices == reference.columns.indices, "\(options)")
            #expect(zip(run.rows.scores, reference.rows.scores).allSatisfy { abs($0 - $1) <= 1e-5 })
            #expect(zip(run.columns.scores, reference.columns.scores).allSatisfy { abs($0 - $1) <= 1e-5 })
        }
    }
}
