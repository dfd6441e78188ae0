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
        return Self.tables(tables).map { name, table in
            let table = table()
            return ReportFile(name: name, contents: CSVTable(header: table.header, rows: table.rows).data)
        }
    }

    /// The tables in file order with their file names, each built only when called (so a writer holds one at a time).
    static func tables(_ tables: CSVReportTables) -> [(name: String, table: () -> CSVReportTables.Table)] {
        [
            ("summary.csv", tables.summary), ("specialties.csv", tables.specialties), ("regions.csv", tables.regions),
            ("enterprises.csv", tables.enterprises), ("unfilled.csv", tables.unfilled),
            ("training-needs.csv", tables.trainingNeeds), ("colleges.csv", tables.colleges),
        ]
    }
}
