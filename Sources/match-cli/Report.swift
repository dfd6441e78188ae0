import ArgumentParser
import Foundation
import ScoringCore
import Guidance
import Matcher
import Presentation
import Profiles

extension MatchCLI {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the batch match report: demand versus supply, fill rates, training needs, placements.",
            discussion: """
            Matches every student against every vacancy, allocates places (stable), and writes one \
            self-contained HTML file with charts, CSV files (UTF-8 with BOM) and a JSON file with the \
            same figures into the folder. Counts of persons from 1 to 9 are shown as "<10".
            See Docs/Reports.md.

            Examples:
              match-cli report
              match-cli report --region karaganda --out reports/karaganda --lang kk
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: "Only this region (its id, e.g. karaganda); default: the whole country.")
        var region: String?

        @Option(help: ArgumentHelp("Folder to write into.", valueName: "dir"))
        var out = "report"

        @OptionGroup var referenceYear: YearOption

        func run() throws {
            let clock = ContinuousClock(), started = clock.now
            let engine = try database.engine()
            let students = try engine.snapshot().students.count
            let progress = ProgressBar(total: students * 2, label: "matching")
            let report = try engine.batchReport(BatchReportRequest(regionID: region, language: language.lang,
                                                                   referenceYear: referenceYear.value), progress: progress.update)
            progress.finish()
            let folder = URL(fileURLWithPath: out, isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let files = try ReportWriter().write(report, to: folder)
            print("Report written in \(String(format: "%.1f", (clock.now - started).inSeconds)) s: \(files[0].path)")
            for file in files.dropFirst() { print("  \(file.path)") }
            let output = try files.reduce(into: Data()) { $0.append(try Data(contentsOf: $1)) }
            try engine.recordRun(command: "report", parameters: ["region": region ?? "country", "lang": language.lang.rawValue,
                                                                "year": String(referenceYear.value), "out": out],
                                 output: output)
        }
    }
}
