import Foundation
import ScoringCore
import Allocation
import Matcher
import Profiles

/// Specialty recommendations as a table, JSON or CSV (shapes in Docs/Output.md).
struct SpecialtyRecommendationOutput {
    let student: Student
    let results: [Recommendation]
    let names: Names

    struct Item: Encodable {
        var rank: Int
        var specialtyID: String
        var code: String?
        var name: String
        var score: Double
        /// best, great, good or fair
        var band: String
        /// The band in the chosen language.
        var bandLabel: String
        var reasons: [String]
        var skillsToDevelop: [SkillGap]
        var colleges: [CollegeSeats]
    }

    struct SkillGap: Encodable { var skillID: String, name: String, has: Int, needed: Int }
    /// A college teaching the specialty; when none is in the student's region, the largest elsewhere.
    struct CollegeSeats: Encodable {
        var collegeID: String, name: String, region: String, seats: Int, inStudentRegion: Bool
        /// "Name, Region (seats)", as the table and CSV list it.
        var listed: String { "\(name), \(region) (\(seats))" }
    }
    struct Document: Encodable { var student: String, stage: String, region: String, recommendations: [Item] }

    var items: [Item] {
        results.enumerated().map { rank, result in
            Item(rank: rank + 1, specialtyID: result.specialtyID,
                 code: names.catalogue.specialties.first { $0.id == result.specialtyID }?.code,
                 name: names.specialty(result.specialtyID), score: (result.score * 1000).rounded() / 1000,
                 band: result.band.rawValue, bandLabel: names.label("band.\(result.band.rawValue)"), reasons: result.reasons.map(text),
                 skillsToDevelop: result.skillsToDevelop.map { SkillGap(skillID: $0.skillID, name: names.skill($0.skillID), has: $0.studentLevel, needed: $0.required) },
                 colleges: result.colleges.map {
                     CollegeSeats(collegeID: $0.collegeID, name: names.college($0.collegeID), region: names.region($0.regionID),
                                  seats: $0.seats, inStudentRegion: $0.inStudentRegion)
                 })
        }
    }

    func text(_ reason: Recommendation.Reason) -> String {
        let language = names.language
        switch reason {
        case .interests(let types):
            return Labels.format("reason.interests", language, types.map { names.label("riasec.\($0.rawValue)") }.joined(separator: ", "))
        case .grades(let subjects):
            return Labels.format("reason.grades", language, subjects.map(names.subject).joined(separator: ", "))
        case .skills(let skills):
            return Labels.format("reason.skills", language, skills.map(names.skill).joined(separator: ", "))
        case .demand(let region, let places, let seats):
            return Labels.format("reason.demand", language, names.region(region), String(places), String(seats))
        }
    }

    var document: Document {
        Document(student: student.id, stage: student.stage.name, region: student.regionID, recommendations: items)
    }

    static let csvHeader = ["rank", "specialty_id", "code", "name", "band", "score", "reasons", "skills_to_develop", "colleges"]

    var csvRows: [[String]] {
        items.map { item in
            [String(item.rank), item.specialtyID, item.code ?? "", item.name, item.bandLabel, String(item.score),
             item.reasons.joined(separator: "; "),
             item.skillsToDevelop.map { "\($0.name) \($0.has)→\($0.needed)" }.joined(separator: "; "),
             item.colleges.map(\.listed).joined(separator: "; ")]
        }
    }

    /// The title line and the ranking table, without the details under it.
    var summaryTable: String {
        let text = Labels.format("title.recommend.specialties", names.language, student.id) + " — " + names.region(student.regionID) + "\n\n"
        guard !items.isEmpty else { return text + names.label("no results") }
        return text + TextTable(header: [names.label("rank"), names.label("specialty"), names.label("code"), names.label("fit"), names.label("score")],
                                rows: items.map { [String($0.rank), $0.name, $0.code ?? "—", $0.bandLabel, String(format: "%.3f", $0.score)] },
                                rightAligned: [0, 4]).rendered
    }

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return csvText(header: Self.csvHeader, rows: csvRows)
        case .table:
            var text = summaryTable
            for item in items {
                text += "\n\(item.rank). \(item.name)\n"
                text += "   \(names.label("reasons")): " + (item.reasons.isEmpty ? "—" : item.reasons.joined(separator: "; ")) + "\n"
                text += "   \(names.label("develop")): " + (item.skillsToDevelop.isEmpty ? "—" : item.skillsToDevelop.prefix(6).map { "\($0.name) (\($0.has)→\($0.needed))" }.joined(separator: ", ")) + "\n"
                let collegesLabel = item.colleges.allSatisfy(\.inStudentRegion) ? "colleges" : "colleges.elsewhere"
                text += "   \(names.label(collegesLabel)): " + (item.colleges.isEmpty ? "—" : item.colleges.prefix(4).map(\.listed).joined(separator: "; ")) + "\n"
            }
            return text
        }
    }
}

/// Vacancies and places for a college student or graduate, or candidates for a vacancy.
struct VacancyListOutput {
    let student: Student
    let results: [(Vacancy, Explanation)]
    let names: Names

    struct Item: Encodable {
        var rank: Int
        var vacancyID: String
        var title: String
        var enterprise: String
        var region: String
        var kind: String
        var score: Double
        var matchedSkills: [String]
        var gaps: [SkillGap]
    }
    struct SkillGap: Encodable { var skillID: String, name: String, has: Int, needed: Int, mustHave: Bool }
    struct Document: Encodable { var student: String, stage: String, region: String, vacancies: [Item] }

    var items: [Item] {
        results.enumerated().map { rank, pair in
            let (vacancy, explanation) = pair
            return Item(rank: rank + 1, vacancyID: vacancy.id, title: vacancy.title[names.language], enterprise: names.enterprise(vacancy.enterpriseID),
                        region: names.region(vacancy.regionID), kind: names.label("kind.\(vacancy.kind.rawValue)"),
                        score: (explanation.score * 1000).rounded() / 1000,
                        matchedSkills: explanation.matched.map { names.skill($0.skillID) },
                        gaps: explanation.gaps.map { SkillGap(skillID: $0.skillID, name: names.skill($0.skillID), has: $0.studentLevel, needed: $0.required, mustHave: $0.mustHave) })
        }
    }

    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(Document(student: student.id, stage: student.stage.name, region: student.regionID, vacancies: items))
        case .csv:
            return csvText(header: ["rank", "vacancy_id", "title", "enterprise", "region", "kind", "score", "matched_skills", "gaps"],
                           rows: items.map { item in
                               [String(item.rank), item.vacancyID, item.title, item.enterprise, item.region, item.kind, String(item.score),
                                item.matchedSkills.joined(separator: "; "), item.gaps.map { "\($0.name) \($0.has)→\($0.needed)" }.joined(separator: "; ")]
                           })
        case .table:
            var text = Labels.format("title.recommend.vacancies", names.language, student.id) + " — " + names.region(student.regionID) + "\n\n"
            guard !items.isEmpty else { return text + names.label("no results") }
            text += TextTable(header: [names.label("rank"), names.label("vacancy"), names.label("enterprise"), names.label("region"), names.label("kind"), names.label("score")],
                              rows: items.map { [String($0.rank), $0.title, $0.enterprise, $0.region, $0.kind, String(format: "%.3f", $0.score)] },
                              rightAligned: [0, 5]).rendered
            for item in items {
                text += "\n\(item.rank). \(item.title)\n"
                text += "   \(names.label("matched")): " + (item.matchedSkills.isEmpty ? "—" : item.matchedSkills.joined(separator: ", ")) + "\n"
                text += "   \(names.label("gaps")): " + (item.gaps.isEmpty ? "—" : item.gaps.map { "\($0.name) (\($0.has)→\($0.needed))" }.joined(separator: ", ")) + "\n"
            }
            return text
        }
    }
}
