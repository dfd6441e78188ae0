import ScoringCore
import Profiles
import Foundation
import Matcher

/// One timed scoring run and the raw sgemm rate on the same shapes, for `match-cli bench`.
public struct BenchMeasurement {
    /// The best items per query row.
    public let topItems: TopKResult
    /// What `bench` prints.
    public let report: BenchReport

    /// Scores `queries × itemsᵀ` with per-row top-`top` selection, then times the same tiles with
    /// the collector replaced by one that discards them.
    public init(queries: DenseMatrix, items: DenseMatrix, top: Int, options: TilingOptions) throws {
        let tiler = ScoreTiler(options: options)
        try Self.warmUp(tiler, queries: queries, items: items)

        var scored: (result: TopKResult, work: ScoreWork)?
        let scoreSeconds = try Self.seconds { scored = try tiler.topItems(queries: queries, items: items, k: top) }
        let sgemmSeconds = try Self.seconds {
            _ = try tiler.run(queries: queries, items: items) { _ in DiscardingCollector() }
        }
        let (result, work) = scored!
        topItems = result
        let gflops = work.floatingPointOperations / scoreSeconds / 1e9
        let sgemmGflops = work.floatingPointOperations / sgemmSeconds / 1e9
        report = BenchReport(
            rows: queries.rows, cols: items.rows, dim: queries.columns, top: top,
            scoreSeconds: scoreSeconds, gflops: gflops, sgemmGflops: sgemmGflops,
            gflopsVsSgemm: sgemmGflops > 0 ? gflops / sgemmGflops : 0,
            concurrency: work.workers, rowTile: options.rowTile, columnTile: options.columnTile
        )
    }

    /// Starts OpenBLAS and the worker threads on one row, so neither start-up is timed.
    private static func warmUp(_ tiler: ScoreTiler, queries: DenseMatrix, items: DenseMatrix) throws {
        guard queries.rows > 0 else { return }
        let first = try DenseMatrix(rows: 1, columns: queries.columns, storage: Array(queries.storage.prefix(queries.columns)))
        _ = try tiler.run(queries: first, items: items) { _ in DiscardingCollector() }
    }

    private static func seconds(_ body: () throws -> Void) throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return (clock.now - start).inSeconds
    }
}

/// The JSON line `match-cli bench` prints; keys are those the peers benchmark reads.
public struct BenchReport: Codable, Equatable {
    var rows: Int
    var cols: Int
    var dim: Int
    var top: Int
    var scoreSeconds: Double
    var gflops: Double
    var sgemmGflops: Double
    var gflopsVsSgemm: Double
    /// Workers that shared the scoring: `--threads`, at most the executor's limit and the row tiles.
    var concurrency: Int
    var rowTile: Int
    var columnTile: Int

    enum CodingKeys: String, CodingKey {
        case rows, cols, dim, top, gflops, concurrency
        case scoreSeconds = "score_seconds"
        case sgemmGflops = "sgemm_gflops"
        case gflopsVsSgemm = "gflops_vs_sgemm"
        case rowTile = "row_tile"
        case columnTile = "column_tile"
    }

    /// The report as one line of JSON, figures rounded for reading.
    public func jsonLine() throws -> String {
        var rounded = self
        rounded.scoreSeconds = scoreSeconds.rounded(toPlaces: 5)
        rounded.gflops = gflops.rounded(toPlaces: 1)
        rounded.sgemmGflops = sgemmGflops.rounded(toPlaces: 1)
        rounded.gflopsVsSgemm = gflopsVsSgemm.rounded(toPlaces: 3)
        return try benchJSONLine(rounded)
    }
}

/// One line of JSON with snake_case keys, as the peers benchmark reads them.
public func benchJSONLine<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.outputFormatting = .sortedKeys
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
