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

        @OptionGroup var options: ReportOptions

        func run() throws {
            let started = ContinuousClock.now
            let engine = try database.engine()
            let students = try engine.snapshot().students.count
            let progress = ProgressBar(total: students * 2, label: ui.matchingProgress)
            let report = try engine.batchReport(options.request(language.lang), progress: progress.update)
            progress.finish()
            // The audit log's fingerprint of the output: every file's bytes in order, hashed as they are written.
            var digest = RunningDigest()
            try options.write(report, startedAt: started) { digest.update($0) }
            try engine.recordRun(command: "report", parameters: ["region": options.region ?? "country", "lang": language.lang.rawValue,
                                                                "year": String(options.referenceYear.value), "out": options.out],
                                 outputHash: digest.hex())
        }
    }
}
