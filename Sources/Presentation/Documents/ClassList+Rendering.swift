import Foundation
import Guidance
import Localization
import Profiles

extension ClassList {
    public func render(_ format: OutputFormat) throws -> String {
        let words = names.words
        switch format {
        case .json:
            return try jsonText(students.map(\.document))
        case .csv:
            // Each pupil's rows are exactly their own `recommend --student` rows, after who they are.
            let header = [words.student, words.grade, words.region] + SpecialtyRecommendations.csvHeader(words)
            return CSVTable(header: header, rows: students.flatMap { output in
                let who: [CSVCell] = [.text(output.student.id), output.student.stage.year.map(CSVCell.integer) ?? .text(""),
                                      .text(output.student.regionID)]
                return output.csvRows.map { who + $0 }
            }).text
        case .table:
            return students.isEmpty ? words.noResults : students.map(\.summaryTable).joined(separator: "\n")
        }
    }
}
