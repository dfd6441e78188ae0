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

        @Option(help: ArgumentHelp(ui.reportRegionOptionHelp))
        var region: String?

        @Option(help: ArgumentHelp(ui.reportOutOptionHelp, valueName: "dir"))
        var out = "report"

        @OptionGroup var referenceYear: YearOption

        func run() throws {
            let clock = ContinuousClock(), started = clock.now
            let request = MergedReportRequest(snapshotPath: snapshot, studentsPath: students, shardsPath: shards,
                                              report: BatchReportRequest(regionID: region, language: language.lang,
                                                                         referenceYear: referenceYear.value))
            let report = try request.run()
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let files = try ReportWriter().write(report, to: folder)
            print(ui.reportWritten(seconds: String(format: "%.1f", (clock.now - started).inSeconds), path: files[0].path))
            for file in files.dropFirst() { print("  \(file.path)") }
        }
    }
}
