import Foundation
import Guidance
import Profiles

extension VacancyTextReading {
    /// JSON: every reading with its spans, methods and confidence (Docs/VacancyText.md). CSV: the proposed
    /// vacancies as a `vacancies` file (Docs/DataFormat.md) — column names as the importer reads them —
    /// for a person to check, complete and import with `match-cli import --kind vacancies`.
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json, .table:
            return try jsonText(document)
        case .csv:
            return CSVTable(header: Vacancy.csvColumns, rows: vacancies.map { $0.csvCells.map(CSVCell.text) }).text
        }
    }
}
