import Allocation
import Foundation
import Guidance
import Localization
import Profiles

extension AllocationResult {
    public func render(_ format: OutputFormat) throws -> String {
        let summary = summary
        let words = names.words
        switch format {
        case .json: return try jsonText(summary) + "\n"
        case .csv:
            return CSVTable(header: [words.student, words.reason],
                            rows: summary.unplacedStudents.map { [.text($0.student), .text($0.reason.rawValue)] }).text
        case .table:
            let reasons = UnplacedReason.allCases.compactMap { reason in
                summary.unplacedReasons[reason.rawValue].map { [words.unplacedBecause(reason), $0.description] }
            }
            let rows: [[String]] = [
                [words.places, String(summary.places)], [words.placed, summary.placed.description],
                [words.unplaced, summary.unplaced.description], [words.fillRate, String(format: "%.1f%%", summary.fillRate * 100)],
                [words.totalFit, String(format: "%.3f", summary.totalFit)], [words.blockingPairs, String(summary.blockingPairs)],
            ] + reasons
            var text = TextTable(header: [words.allocation, words.name(of: method)], rows: rows, rightAligned: [1]).rendered
            if !summary.unplacedStudents.isEmpty {
                text += "\n" + TextTable(header: [words.unplacedStudent, words.reason],
                                         rows: summary.unplacedStudents.prefix(50).map { [$0.student, words.name(of: $0.reason)] }).rendered
                if summary.unplacedStudents.count > 50 { text += words.andMore(summary.unplacedStudents.count - 50) + "\n" }
            }
            return text
        }
    }
}

extension [AllocationResult.Placement] {
    /// The placements as an employer receives them, as CSV (headers in `words`' language) or JSON.
    public func render(json: Bool, words: Words) throws -> String {
        if json { return try jsonText(self) + "\n" }
        return CSVTable(header: [words.vacancy, words.enterprise, words.kind, words.candidate, words.score],
                        rows: map { [.text($0.vacancyID), .text($0.enterpriseID), .text($0.kind), .text($0.candidate), .decimal($0.score)] }).text
    }
}
