import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles

/// What `report` and `merge` share: the region, the output folder and the reference year, and writing the
/// report's files with the lines that list them.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp(ui.reportRegionOptionHelp))
    var region: String?

    @Option(help: ArgumentHelp(ui.reportOutOptionHelp, valueName: "dir"))
    var out = "report"

    @OptionGroup var referenceYear: YearOption

    func request(_ language: Language) -> BatchReportRequest {
        BatchReportRequest(regionID: region, language: language, referenceYear: referenceYear.value)
    }

    /// Writes the report into `out` and prints where, timed from `started`; `written` sees every byte in order.
    func write(_ report: MatchReport, startedAt started: ContinuousClock.Instant,
               written: @escaping (UnsafeRawBufferPointer) -> Void = { _ in }) throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try ReportWriter().write(report, to: folder, observe: written)
        print(ui.reportWritten(seconds: String(format: "%.1f", (ContinuousClock.now - started).inSeconds), path: files[0].path))
        for file in files.dropFirst() { print("  \(file.path)") }
    }
}
