import Foundation
import ScoringCore
import Allocation
import Matcher
import Profiles

/// An allocation's summary for the department, and its export for employers.
struct AssignmentOutput {
    let batch: BatchMatch
    let method: BatchMatch.Method
    let students: [Student]
    let names: Names

    struct Summary: Encodable {
        var method: String
        var places: Int
        var placed: PersonCount
        var unplaced: PersonCount
        var fillRate: Double
        var totalFit: Double
        var blockingPairs: Int
        var unplacedReasons: [String: PersonCount]
        /// Unplaced students (pseudonymous ids, for the department) with the reason.
        var unplacedStudents: [Unplaced]
    }
    struct Unplaced: Encodable { var student: String, reason: String }
    struct Placement: Encodable { var candidate: String, vacancyID: String, enterpriseID: String, kind: String, score: Double }

    var summary: Summary {
        let allocation = batch.allocation
        let unplaced = students.indices.compactMap { index in allocation.unplacedReason[index].map { Unplaced(student: students[index].id, reason: $0.rawValue) } }
        var reasons: [String: Int] = [:]
        for entry in unplaced { reasons[entry.reason, default: 0] += 1 }
        return Summary(method: method.rawValue, places: batch.problem.totalCapacity, placed: PersonCount(allocation.placedCount),
                       unplaced: PersonCount(unplaced.count), fillRate: allocation.fillRate,
                       totalFit: (allocation.totalFit * 1000).rounded() / 1000,
                       blockingPairs: allocation.blockingPairs(in: batch.problem).count,
                       unplacedReasons: reasons.mapValues(PersonCount.init), unplacedStudents: unplaced)
    }

    func render(_ format: OutputFormat) throws -> String {
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

    /// The placements as an employer may receive them: per-enterprise pseudonyms, never the student id.
    func export(json: Bool, pseudonym: (String, String) -> String) throws -> String {
        let placements = students.indices.compactMap { index -> Placement? in
            guard let place = batch.allocation.placeOf[index] else { return nil }
            let vacancy = batch.vacancies[place]
            let score = Double(batch.allocation.studentsAt[place].first { $0.index == index }?.score ?? 0)
            return Placement(candidate: pseudonym(students[index].id, vacancy.enterpriseID), vacancyID: vacancy.id,
                             enterpriseID: vacancy.enterpriseID, kind: vacancy.kind.rawValue, score: (score * 1000).rounded() / 1000)
        }.sorted { ($0.vacancyID, -$0.score, $0.candidate) < ($1.vacancyID, -$1.score, $1.candidate) }
        if json { return try jsonText(placements) + "\n" }
        return csvText(header: ["vacancy_id", "enterprise_id", "kind", "candidate", "score"],
                       rows: placements.map { [$0.vacancyID, $0.enterpriseID, $0.kind, $0.candidate, String($0.score)] })
    }
}
