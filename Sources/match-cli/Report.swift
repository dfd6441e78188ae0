import ArgumentParser
import Foundation
import ScoringCore
import Allocation
import Matcher
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
            let store = try database.open()
            let catalogue = try store.catalogue()
            if let region, !catalogue.regions.contains(where: { $0.id == region }) {
                throw CLIError("unknown region '\(region)'; regions: " + catalogue.regions.map(\.id).joined(separator: ", "))
            }
            let students = try store.students()
            let progress = ProgressBar(total: students.count * 2, label: "matching")
            let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: referenceYear.value, progress: progress.update)
            let builder = try ReportBuilder(batch: batch, catalogue: catalogue, students: students, referenceYear: referenceYear.value)
            progress.update(students.count * 2)
            progress.finish()
            let date = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
            let report = builder.build(regionID: region, language: language.lang, title: ReportLabels.labels(for: language.lang).reportTitle, date: date)
            let files: [URL]
            do {
                let folder = URL(fileURLWithPath: out, isDirectory: true)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                files = try ReportWriter().write(report, to: folder)
            } catch {
                throw CLIError("\(error)")
            }
            print("Report written in \(String(format: "%.1f", (clock.now - started).inSeconds)) s: \(files[0].path)")
            for file in files.dropFirst() { print("  \(file.path)") }
            let output = try files.reduce(into: Data()) { $0.append(try Data(contentsOf: $1)) }
            try AuditTrail.record(store, command: "report", parameters: ["region": region ?? "country", "lang": language.lang.rawValue,
                                                                       "year": String(referenceYear.value), "out": out],
                                  output: output)
        }
    }
}
