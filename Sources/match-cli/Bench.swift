import ArgumentParser
import Foundation
import ScoringCore
import Matcher
import Profiles
import Guidance
import Presentation
import Localization

extension MatchCLI {
    /// Times the scoring core (tiled `cblas_sgemm` plus top-k selection) and prints one JSON line.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the scoring core: tiled sgemm plus top-k selection.",
            discussion: """
                With --queries/--items: scores NumPy float32 vectors with per-row top-k and prints one JSON \
                line with the scoring time (file I/O excluded), its GFLOP/s, and the raw cblas_sgemm GFLOP/s \
                over the same tiles and threads measured right after.
                With --students/--vacancies: generated profiles through the real scoring model with \
                eligibility and top-k both ways; the JSON line adds the raw sgemm time for the full product \
                at the same feature width, the work saved by region grouping, and peak memory.
                With --pipeline: the three jobs on the database (--db), step by step.

                Examples:
                  match-cli bench --queries Q.npy --items I.npy --top 10 --out top.npy
                  match-cli bench --students 100000 --vacancies 10000 --seed 1
                  match-cli bench --pipeline --db /tmp/big.sqlite
                """
        )

        /// What to score; each mode names the options it needs.
        enum Mode: Equatable {
            /// Query and item vectors from float32 `.npy` files.
            case files(queries: String, items: String)
            /// Generated students and vacancies through the real scoring model.
            case model(students: Int, vacancies: Int)
            /// The three jobs on a whole database.
            case pipeline
        }

        @Flag(help: "Time recommend for all, shortlists for all, the stable allocation and the report on the database.")
        var pipeline = false

        @Option(help: "Generated students (use with --vacancies).")
        var students: Int?

        @Option(help: "Generated vacancies (use with --students).")
        var vacancies: Int?

        @Option(help: "Seed of the generated profiles.")
        var seed: UInt64 = 1

        @OptionGroup var database: DatabaseOptions

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

        @Option(help: "Worker tasks, at most the active processor count (the default); OpenBLAS itself runs single-threaded.")
        var threads: Int?

        /// The mode the options select.
        func mode() throws -> Mode {
            if pipeline {
                guard queries == nil, items == nil, students == nil, vacancies == nil else { throw ValidationError("--pipeline takes only --db.") }
                return .pipeline
            }
            switch (queries, items, students, vacancies) {
            case let (queries?, items?, nil, nil): return .files(queries: queries, items: items)
            case let (nil, nil, students?, vacancies?):
                guard students >= 0, vacancies >= 0 else { throw ValidationError("--students and --vacancies must not be negative.") }
                return .model(students: students, vacancies: vacancies)
            case (nil, nil, nil, nil): throw ValidationError("Give --queries and --items, or --students and --vacancies.")
            default: throw ValidationError("Use --queries with --items, or --students with --vacancies.")
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
            case let .model(students, vacancies):
                let catalogue = try database.open().catalogue()
                print(try benchJSONLine(ModelBenchMeasurement.run(catalogue: catalogue, students: students, vacancies: vacancies,
                                                                  seed: seed, top: top, options: options)))
            case .pipeline:
                print(try benchJSONLine(PipelineBenchMeasurement.run(try database.open(), year: Calendar.currentYear, options: options)))
            }
        }
    }
}
