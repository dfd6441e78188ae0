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
        static let configuration = CommandConfiguration(ui.benchHelp)

        /// What to score; each mode names the options it needs.
        enum Mode: Equatable {
            /// Query and item vectors from float32 `.npy` files.
            case files(queries: String, items: String)
            /// Generated students and vacancies through the real scoring model.
            case model(students: Int, vacancies: Int)
            /// The three jobs on a whole database.
            case pipeline
        }

        @Flag(help: ArgumentHelp(ui.benchInfoOptionHelp))
        var info = false

        @Flag(help: ArgumentHelp(ui.benchPipelineOptionHelp))
        var pipeline = false

        @Option(help: ArgumentHelp(ui.benchStudentsOptionHelp))
        var students: Int?

        @Option(help: ArgumentHelp(ui.benchVacanciesOptionHelp))
        var vacancies: Int?

        @Option(help: ArgumentHelp(ui.benchSeedOptionHelp))
        var seed: UInt64 = 1

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.benchQueriesOptionHelp))
        var queries: String?

        @Option(help: ArgumentHelp(ui.benchItemsOptionHelp))
        var items: String?

        @Option(help: ArgumentHelp(ui.benchTopOptionHelp))
        var top: Int = 10

        @Option(help: ArgumentHelp(ui.benchOutOptionHelp))
        var out: String?

        @Option(help: ArgumentHelp(ui.benchRowTileOptionHelp))
        var rowTile: Int = TilingOptions.defaultRowTile

        @Option(help: ArgumentHelp(ui.benchColumnTileOptionHelp))
        var columnTile: Int = TilingOptions.defaultColumnTile

        @Option(help: ArgumentHelp(ui.benchThreadsOptionHelp))
        var threads: Int?

        /// The mode the options select.
        func mode() throws -> Mode {
            if pipeline {
                guard queries == nil, items == nil, students == nil, vacancies == nil else { throw ValidationError(ui.pipelineTakesOnlyDatabase) }
                return .pipeline
            }
            switch (queries, items, students, vacancies) {
            case let (queries?, items?, nil, nil): return .files(queries: queries, items: items)
            case let (nil, nil, students?, vacancies?):
                guard students >= 0, vacancies >= 0 else { throw ValidationError(ui.countsNotNegative) }
                return .model(students: students, vacancies: vacancies)
            case (nil, nil, nil, nil): throw ValidationError(ui.benchInputs)
            default: throw ValidationError(ui.benchInputPairs)
            }
        }

        func validate() throws {
            if info {
                guard !pipeline, queries == nil, items == nil, students == nil, vacancies == nil else {
                    throw ValidationError(ui.benchInfoTakesNoOtherMode)
                }
                return
            }
            _ = try mode()
            guard top >= 1 else { throw ValidationError(ui.topAtLeastOne) }
            guard rowTile >= 1, columnTile >= 1 else { throw ValidationError(ui.tileSizesAtLeastOne) }
            if let threads, threads < 1 { throw ValidationError(ui.threadsAtLeastOne) }
        }

        func run() throws {
            if info {
                printRendered(KernelReport.measure().table(ui))
                return
            }
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
                    try AtomicFile.write(NPYFile.encoded(measurement.topItems.indices.map(Int64.init), rows: queries.rows, columns: top), to: out)
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
