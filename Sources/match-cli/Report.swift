import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles
import ScoringCore

extension MatchCLI {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(ui.reportHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.reportRegionOptionHelp))
        var region: String?

        @Option(help: ArgumentHelp(ui.reportOutOptionHelp, valueName: "dir"))
        var out = "report"

        @OptionGroup var referenceYear: YearOption

        func run() throws {
            let clock = ContinuousClock(), started = clock.now
            let engine = try database.engine()
            let students = try engine.snapshot().students.count
            let progress = ProgressBar(total: students * 2, label: ui.matchingProgress)
            let report = try engine.batchReport(BatchReportRequest(regionID: region, language: language.lang,
                                                                   referenceYear: referenceYear.value), progress: progress.update)
            progress.finish()
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // The audit log's fingerprint of the output: every file's bytes in order, hashed as they are written.
            var digest = RunningDigest()
            let files = try ReportWriter().write(report, to: folder) { digest.update($0) }
            print(ui.reportWritten(seconds: String(format: "%.1f", (clock.now - started).inSeconds), path: files[0].path))
            for file in files.dropFirst() { print("  \(file.path)") }
            try engine.recordRun(command: "report", parameters: ["region": region ?? "country", "lang": language.lang.rawValue,
                                                                "year": String(referenceYear.value), "out": out],
                                 outputHash: digest.hex())
        }
    }
}
