import Foundation
import Guidance
import Localization
import Profiles

extension AllocationResult {
    public func render(_ format: OutputFormat) throws -> String {
        let summary = summary
        switch format {
        case .json: return try jsonText(summary) + "\n"
        case .csv: return csvText(header: ["student", "reason"], rows: summary.unplacedStudents.map { [$0.student, $0.reason] })
        case .table:
            let rows: [[String]] = [
                ["places", String(summary.places)], ["placed", summary.placed.description], ["unplaced", summary.unplaced.description],
                ["fill rate", String(format: "%.1f%%", summary.fillRate * 100)], ["total fit", String(format: "%.3f", summary.totalFit)],
                ["blocking pairs", String(summary.blockingPairs)],
            ] + summary.unplacedReasons.keys.sorted().map { ["unplaced: \($0)", summary.unplacedReasons[$0]!.description] }
            var text = TextTable(header: ["allocation", summary.method], rows: rows, rightAligned: [1]).rendered
            if !summary.unplacedStudents.isEmpty {
                text += "\n" + TextTable(header: ["unplaced student", "reason"],
                                         rows: summary.unplacedStudents.prefix(50).map { [$0.student, $0.reason] }).rendered
                if summary.unplacedStudents.count > 50 { text += "… and \(summary.unplacedStudents.count - 50) more (use --format csv for all)\n" }
            }
            return text
        }
    }
}

extension [AllocationResult.Placement] {
    /// The placements as an employer receives them, as CSV or JSON.
    public func render(json: Bool) throws -> String {
        if json { return try jsonText(self) + "\n" }
        return csvText(header: ["vacancy_id", "enterprise_id", "kind", "candidate", "score"],
                       rows: map { [$0.vacancyID, $0.enterpriseID, $0.kind, $0.candidate, String($0.score)] })
    }
}
