@testable import ScoringCore
import Profiles
import Testing


/// What varies between runs — how many workers share the row tiles and where tiles end — changes which
/// code runs (ragged edge tiles, quarter tiles at the end, collectors merged across workers), never a bit
/// of an exact result.
@Suite("Results do not depend on tiling or workers")
struct TilingInvarianceTests {
    static let tilings: [(rowTile: Int, columnTile: Int)] = [(1, 1), (3, 5), (8, 8), (17, 64), (1024, 1024)]

    /// Up to four workers whatever the machine, so that several workers really share the row tiles.
    static let fourWorkers = ScoringExecutor(workerLimit: 4)

    static func tiler(rowTile: Int, columnTile: Int, workers: Int) -> ScoreTiler {
        ScoreTiler(options: TilingOptions(rowTile: rowTile, columnTile: columnTile, concurrency: workers), executor: fourWorkers)
    }

    @Test("exact scores: identical top-k for every tile size and 1 to 4 workers", arguments: 0..<3 as Range<UInt64>)
    func identicalAcrossTilings(seed: UInt64) throws {
        // Given integer-valued matrices, whose scores every tiling computes exactly (and ties often)
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.integerMatrix(rows: 61, columns: 13, using: &generator)
        let items = try Oracle.integerMatrix(rows: 47, columns: 13, using: &generator)
        let reference = try Self.tiler(rowTile: 4096, columnTile: 1024, workers: 1)
            .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())

        // When tiles and workers vary, then results are the same bits
        for tiling in Self.tilings {
            for workers in 1...4 {
                let run = try Self.tiler(rowTile: tiling.rowTile, columnTile: tiling.columnTile, workers: workers)
                    .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())
                #expect(ExactTopK(rows: run.rows, columns: run.columns) == ExactTopK(rows: reference.rows, columns: reference.columns),
                        "\(tiling), \(workers) workers")
            }
        }
    }

    @Test("exact scores, a product wider than a column tile, with a gate: identical for every cut",
          arguments: [(3, 5), (17, 1000), (64, 7), (16, 2048)])
    func identicalOnAWideGatedProduct(rowTile: Int, columnTile: Int) throws {
        // Given 150 × 1,100 integer scores with a gate and a filter, scored with one default tile
        var generator = SplitMix64(seed: UInt64(rowTile * 10_000 + columnTile))
        let queries = try Oracle.integerMatrix(rows: 150, columns: 12, using: &generator)
        let items = try Oracle.integerMatrix(rows: 1100, columns: 12, using: &generator)
        let gate = try GateProduct(queries: Oracle.integerMatrix(rows: 150, columns: 2, in: 0...1, using: &generator),
                                   items: Oracle.integerMatrix(rows: 1100, columns: 2, in: 0...1, using: &generator))
        func topK(_ tiler: ScoreTiler) throws -> (result: ExactTopK, work: ScoreWork, tally: [Int]) {
            let run = try tiler.run(queries: queries, items: items, gate: gate) { _ in
                RowTileTally(RowColumnTopKCollector(rows: 150, columns: 1100, rowK: 6, columnK: 5, filter: BannedPairs()))
            }
            let collector = run.collector.inner
            return (ExactTopK(rows: collector.rowResult, columns: collector.columnResult), run.work, run.collector.rowTilesPerWorker)
        }
        let reference = try topK(Self.tiler(rowTile: 1024, columnTile: 1024, workers: 1))
        #expect(reference.work.tiles == 2 && reference.work.workers == 1)

        var tallies: [[Int]] = []
        for workers in 1...4 {
            // When the product is cut into ragged tiles shared by `workers` workers
            let (result, work, tally) = try topK(Self.tiler(rowTile: rowTile, columnTile: columnTile, workers: workers))

            // Then there were row tiles for every worker, each several column tiles unless one spans all
            let rowTiles = ScoreTiler.rowRanges(rowCount: 150, rowTile: rowTile).count
            #expect(rowTiles >= 4 && work.workers == workers && tally.count == workers)
            #expect(work.tiles == rowTiles * ((1100 + columnTile - 1) / columnTile))
            // and the results are the same bits
            #expect(result == reference.result, "\(rowTile)×\(columnTile), \(workers) workers")
            tallies.append(tally)
        }
        // Several workers did take row tiles, so their lists were merged: the path a single worker never takes.
        #expect(tallies.contains { $0.filter { $0 > 0 }.count >= 2 }, "\(tallies)")
    }

    @Test("float scores: bit-identical across 1 to 4 workers for the same tiles", arguments: 0..<3 as Range<UInt64>)
    func identicalAcrossConcurrency(seed: UInt64) throws {
        var generator = SplitMix64(seed: seed)
        let queries = try Oracle.randomMatrix(rows: 61, columns: 13, using: &generator)
        let items = try Oracle.randomMatrix(rows: 47, columns: 13, using: &generator)
        let results = try (1...4).map { workers in
            let run = try Self.tiler(rowTile: 5, columnTile: 7, workers: workers)
                .topMatches(queries: queries, items: items, rowK: 5, columnK: 7, filter: BannedPairs())
            #expect(run.work.workers == workers)
            return ExactTopK(rows: run.rows, columns: run.columns)
        }

        #expect(results.allSatisfy { $0 == results[0] })
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
