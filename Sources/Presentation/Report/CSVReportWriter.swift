import Guidance
import Localization
import Profiles
import Foundation
import Profiles

/// Writes each table of a `MatchReport` as its own CSV file for spreadsheets: UTF-8 with a byte order
/// mark (so Excel shows Cyrillic and Kazakh letters), a header row in the report's language, RFC 4180
/// quoting, CRLF line ends, text cells neutralised against formula injection, numbers left as numbers.
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
        ].map { ReportFile(name: $0.name, contents: Self.encode(header: $0.header, rows: $0.rows)) }
    }

    static func encode(header: [String], rows: [[CSVReportCell]]) -> Data {
        var text = CSVText.byteOrderMark + CSVText.line(header.map(CSVText.formulaSafe), ending: "\r\n")
        for row in rows {
            precondition(row.count == header.count, "every row needs one cell per column")
            text += CSVText.line(row.map(\.field), ending: "\r\n")
        }
        return Data(text.utf8)
    }
}
