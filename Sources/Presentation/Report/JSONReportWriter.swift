import Guidance
import Localization
import Profiles
import Foundation

/// Writes a `MatchReport` as JSON with the same figures as the HTML and CSV files: keys sorted and
/// pretty-printed so two reports diff cleanly, the date an ISO string, suppressed counts as "<10".
public struct JSONReportWriter: Sendable {
    public init() {}

    /// The report as UTF-8 JSON.
    /// - Throws: `EncodingError` if a figure cannot be encoded (a NaN or infinite rate).
    public func data(for report: MatchReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var data = try encoder.encode(report)
        data.append(0x0A)  // end with a newline like any other text file
        return data
    }

    /// The report as `report.json`.
    public func file(for report: MatchReport) throws -> ReportFile {
        ReportFile(name: "report.json", contents: try data(for: report))
    }
}
