import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation

extension MatchCLI {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(ui.mergeHelp)

        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.shardSnapshotOptionHelp, valueName: "file"))
        var snapshot: String

        @Option(help: ArgumentHelp(ui.mergeStudentsOptionHelp, valueName: "file"))
        var students: String

        @Option(help: ArgumentHelp(ui.mergeShardsOptionHelp, valueName: "file"))
        var shards: String

        @OptionGroup var options: ReportOptions

        func run() throws {
            let started = ContinuousClock.now
            let request = MergedReportRequest(snapshotPath: snapshot, studentsPath: students, shardsPath: shards,
                                              report: options.request(language.lang))
            try options.write(try request.run(), startedAt: started)
        }
    }
}
