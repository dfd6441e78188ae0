import Foundation
import ScoringCore
import Allocation
import Matcher
import Profiles

/// A vacancy's shortlist as a table, JSON or CSV. Pseudonymous ids only.
struct ShortlistOutput {
    let vacancy: Vacancy
    let candidates: [(Student, Explanation)]
    let summary: Summary
    let names: Names
    /// The candidate's id as this enterprise sees it: a pseudonym that other enterprises' lists cannot be linked to.
    let pseudonym: (Student) -> String

    struct Summary: Encodable {
        var students: Int
        var eligible: PersonCount
        /// Excluded students by reason (a student may have several): region, age, stage, consent, must-have.
        var excluded: [String: PersonCount]
    }

    struct Item: Encodable {
        var rank: Int
        var candidate: String
        var stage: String
        var score: Double
        var matchedSkills: [String]
        var gaps: [String]
    }

    struct Document: Encodable {
        var vacancyID: String
        var title: String
        var enterprise: String
        var summary: Summary
        var candidates: [Item]
    }

    var items: [Item] {
        candidates.enumerated().map { rank, pair in
            let (student, explanation) = pair
            return Item(rank: rank + 1, candidate: pseudonym(student), stage: names.label("stage.\(student.stage.name)"),
                        score: (explanation.score * 1000).rounded() / 1000,
                        matchedSkills: explanation.matched.map { names.skill($0.skillID) },
                        gaps: explanation.gaps.map { "\(names.skill($0.skillID)) \($0.studentLevel)→\($0.required)" })
        }
    }

    static let reasonOrder = ["region", "age", "stage", "consent", "must-have"]

    var document: Document {
        Document(vacancyID: vacancy.id, title: vacancy.title[names.language], enterprise: names.enterprise(vacancy.enterpriseID),
                 summary: summary, candidates: items)
    }

    static let csvHeader = ["rank", "candidate", "stage", "score", "matched_skills", "gaps"]

    var csvRows: [[String]] {
        items.map { [String($0.rank), $0.candidate, $0.stage, String($0.score), $0.matchedSkills.joined(separator: "; "), $0.gaps.joined(separator: "; ")] }
    }

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return csvText(header: Self.csvHeader, rows: csvRows)
        case .table:
            var text = Labels.format("title.shortlist", names.language, vacancy.title[names.language]) + " — " + names.enterprise(vacancy.enterpriseID)
                + ", " + names.region(vacancy.regionID) + "\n\n"
            text += "\(names.label("eligible")): \(summary.eligible) / \(summary.students). \(names.label("excluded")): "
                + Self.reasonOrder.compactMap { reason in summary.excluded[reason].map { "\(names.label("reason.\(reason)")) \($0)" } }.joined(separator: ", ") + "\n\n"
            guard !items.isEmpty else { return text + names.label("no results") }
            text += TextTable(header: [names.label("rank"), names.label("candidate"), names.label("stage"), names.label("score"), names.label("matched"), names.label("gaps")],
                              rows: items.map { [String($0.rank), $0.candidate, $0.stage, String(format: "%.3f", $0.score),
                                                $0.matchedSkills.joined(separator: ", "), $0.gaps.isEmpty ? "—" : $0.gaps.joined(separator: ", ")] },
                              rightAligned: [0, 3]).rendered
            return text
        }
    }
}
