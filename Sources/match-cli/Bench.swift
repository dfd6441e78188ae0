import ArgumentParser
import Foundation
import Matcher

extension MatchCLI {
    /// Times the scoring core (tiled `cblas_sgemm` plus top-k selection) and prints one JSON line.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the scoring core: tiled sgemm plus per-row top-k selection.",
            discussion: """
                Prints one JSON line with the scoring time (file I/O excluded), its GFLOP/s, and the raw \
                cblas_sgemm GFLOP/s over the same tiles and threads measured right after.
                Example: match-cli bench --queries Q.npy --items I.npy --top 10 --out top.npy
                """
        )

        /// What to score; each mode names the options it needs.
        enum Mode: Equatable {
            /// Query and item vectors from float32 `.npy` files.
            case files(queries: String, items: String)
        }

        @Option(help: "Query vectors: a 2-D float32 .npy file (use with --items).")
        var queries: String?

        @Option(help: "Item vectors: a 2-D float32 .npy file, as many columns as --queries.")
        var items: String?

        @Option(help: "Items to keep per query row.")
        var top: Int = 10

        @Option(help: "Write the top item indices per query row (best first) here as int64 .npy.")
        var out: String?

        @Option(help: "Query rows per tile.")
        var rowTile: Int = TilingOptions.defaultRowTile

        @Option(help: "Items per tile.")
        var columnTile: Int = TilingOptions.defaultColumnTile

        @Option(help: "Worker tasks (default: active processor count); OpenBLAS itself runs single-threaded.")
        var threads: Int?

        /// The mode the options select.
        func mode() throws -> Mode {
            switch (queries, items) {
            case let (queries?, items?): return .files(queries: queries, items: items)
            case (nil, nil): throw ValidationError("Give --queries and --items.")
            default: throw ValidationError("--queries and --items go together.")
            }
        }

        func validate() throws {
            _ = try mode()
            guard top >= 1 else { throw ValidationError("--top must be at least 1.") }
            guard rowTile >= 1, columnTile >= 1 else { throw ValidationError("Tile sizes must be at least 1.") }
            if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
        }

        func run() throws {
            let options = TilingOptions(
                rowTile: rowTile, columnTile: columnTile,
                concurrency: threads ?? ProcessInfo.processInfo.activeProcessorCount
            )
            switch try mode() {
            case let .files(queriesPath, itemsPath):
                let queries = try DenseMatrix(npyFile: queriesPath)
                let items = try DenseMatrix(npyFile: itemsPath)
                let measurement = try BenchMeasurement(queries: queries, items: items, top: top, options: options)
                if let out {
                    try NPYFile.write(measurement.topItems.indices.map(Int64.init), rows: queries.rows, columns: top, to: out)
                }
                print(try measurement.report.jsonLine())
            }
        }
    }
}
