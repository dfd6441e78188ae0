import ArgumentParser
import Foundation
import Localization
import Guidance
import Profiles

extension RecordKind: ExpressibleByArgument {}

extension MatchCLI {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(ui.importHelp)

        /// Imported, but some records were invalid and skipped (`--skip-invalid`).
        static let skippedExitCode: Int32 = 3

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Argument(help: ArgumentHelp(ui.importFilesHelp, valueName: "file"))
        var files: [String]

        @Option(help: ArgumentHelp(ui.importKindOptionHelp))
        var kind: RecordKind?

        @Flag(help: ArgumentHelp(ui.dryRunOptionHelp))
        var dryRun = false

        @Flag(help: ArgumentHelp(ui.skipInvalidOptionHelp))
        var skipInvalid = false

        func run() throws {
            let started = ContinuousClock.now
            let engine = try database.engine()
            // Answer sheets are scored by the shipped questionnaire; other kinds do not need it.
            let options = Importer.Options(dryRun: dryRun, skipInvalid: skipInvalid, kind: kind, itemBank: try? loadItemBank())
            // The importer tells the files' total size once it knows which files it reads.
            var progress: ProgressBar?
            func importing() throws -> Importer.Report {
                defer { progress?.finish() }
                return try engine.importRecords(ImportRequest(files: files, options: options)) { done, total in
                    if progress == nil { progress = ProgressBar(total: total, label: ui.importProgress, since: started) }
                    progress?.update(done)
                }
            }
            do {
                let report = try importing()
                for file in report.files {
                    print(ui.imported(file.file, kind: file.kind?.rawValue ?? "?", read: file.read, new: file.new, changed: file.changed,
                                      unchanged: file.unchanged, invalid: file.invalid))
                    if !file.answerFlags.isEmpty { print(ui.answerSheetsFlagged(file.file, file.answerFlags)) }
                }
                for line in ui.lines(for: report.problemList) { printError(line) }
                if dryRun { print(ui.dryRunWroteNothing) }
                // Only --skip-invalid returns with problems: the valid records went in, the rest did not.
                if !report.problemList.isEmpty {
                    printError(ui.problemsSkipped(report.problemList.count))
                    throw ExitCode(Self.skippedExitCode)
                }
            } catch let failure as ImportFailure {
                for line in ui.lines(for: failure.list) { printError(line) }
                printError(ui.problemsFound(failure.list.count))
                throw ExitCode(1)
            }
        }
    }
}
