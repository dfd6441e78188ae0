import ArgumentParser
import Foundation
import ScoringCore
import Profiles
import Guidance
import Presentation
import Localization

extension RecordKind: ExpressibleByArgument {}

extension MatchCLI {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate and import CSV or JSON files of records.",
            discussion: """
            All or nothing by default: if any record is invalid, every problem is listed (file, line or \
            JSON path, field, value, reason), nothing is written and the exit code is 1. With \
            --skip-invalid the valid records are imported and the invalid ones listed and skipped; the \
            exit code is 3 when any record was skipped, so a script can tell a partial import from a \
            complete one (0). Records are upserted by id, so importing the same file twice changes nothing.

            Exit codes: 0 imported (or, with --dry-run, valid); 1 nothing written: a record is invalid, or a \
            file cannot be read; 3 imported, but invalid records were skipped (--skip-invalid).

            Examples:
              match-cli import students.csv
              match-cli import vacancies.json --kind vacancies --dry-run
              match-cli import students.csv --skip-invalid
            """)

        /// Imported, but some records were invalid and skipped (`--skip-invalid`).
        static let skippedExitCode: Int32 = 3

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("CSV or JSON files.", valueName: "file"))
        var files: [String]

        @Option(help: "The kind of every file (default: guessed from each file's name or columns).")
        var kind: RecordKind?

        @Flag(help: "Only validate; write nothing.")
        var dryRun = false

        @Flag(help: "Store the valid records and report the invalid ones (exit code 3 if any was skipped).")
        var skipInvalid = false

        func run() throws {
            let store = try database.open()
            let options = Importer.Options(dryRun: dryRun, skipInvalid: skipInvalid, kind: kind)
            do {
                let report = try Importer(database: store, options: options).run(files)
                for file in report.files {
                    print("\(file.file) (\(file.kind?.rawValue ?? "?")): \(file.read) read — \(file.new) new, \(file.changed) changed, \(file.unchanged) unchanged"
                        + (file.invalid > 0 ? ", \(file.invalid) invalid (skipped)" : ""))
                }
                for problem in report.problems { printError(problem.description) }
                if dryRun { print("Dry run: nothing was written.") }
                // Only --skip-invalid returns with problems: the valid records went in, the rest did not.
                if !report.problems.isEmpty {
                    printError("\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") found; the invalid records were skipped.")
                    throw ExitCode(Self.skippedExitCode)
                }
            } catch let failure as ImportFailure {
                for problem in failure.problems { printError(problem.description) }
                printError("\(failure.problems.count) problem\(failure.problems.count == 1 ? "" : "s") found; nothing was imported.")
                throw ExitCode(1)
            }
        }
    }
}
