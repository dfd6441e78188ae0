import Guidance
import Localization
import Profiles
import Foundation

/// Writes each table of a `MatchReport` as its own CSV file for spreadsheets, by the rules of every CSV
/// the tool writes (`CSVTable`).
public struct CSVReportWriter: Sendable {
    public init() {}

    /// The CSV files: `summary.csv`, `specialties.csv`, `regions.csv`, `enterprises.csv`,
    /// `unfilled.csv`, `training-needs.csv`, `colleges.csv`, in that order.
    /// - Complexity: O(rows of the report).
    public func files(for report: MatchReport) -> [ReportFile] {
        let tables = CSVReportTables(report: report, labels: .labels(for: report.language))
        return [
            tables.summary(), tables.specialties(), tables.regions(), tables.enterprises(), tables.unfilled(),
            tables.trainingNeeds(), tables.colleges(),
        ].map { ReportFile(name: $0.name, contents: CSVTable(header: $0.header, rows: $0.rows).data) }
    }
}
