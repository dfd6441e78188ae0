import Foundation
import Guidance
import Localization
import Profiles

extension ClassList {
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(students.map(\.document))
        case .csv:
            return csvText(header: ["student", "grade", "region"] + SpecialtyRecommendations.csvHeader,
                           rows: students.flatMap { output in
                               let who = [output.student.id, output.student.stage.year.map(String.init) ?? "", output.student.regionID]
                               return output.csvRows.map { who + $0 }
                           })
        case .table:
            return students.isEmpty ? names.label("no results") : students.map(\.summaryTable).joined(separator: "\n")
        }
    }
}
