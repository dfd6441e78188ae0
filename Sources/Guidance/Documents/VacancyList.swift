import Foundation
import Localization
import Matcher
import Profiles

/// Vacancies and places for a college student or graduate, or candidates for a vacancy.
public struct VacancyList: Sendable {
    public init(student: Student, results: [(Vacancy, Explanation)], names: Names) {
        self.student = student
        self.results = results
        self.names = names
    }

    public let student: Student
    public let results: [(Vacancy, Explanation)]
    public let names: Names

    public struct Item: Sendable, Encodable {
        public var rank: Int
        public var vacancyID: String
        public var title: String
        public var enterprise: String
        public var region: String
        public var kind: String
        public var score: Double
        /// The score's parts (skills, interests) with their weights; their contributions sum to `score`.
        public var parts: [ScorePart]
        public var matchedSkills: [String]
        public var gaps: [SkillGap]
    }
    public struct SkillGap: Sendable, Encodable { public var skillID: String, name: String, has: Int, needed: Int, mustHave: Bool }
    public struct Document: Sendable, Encodable { public var student: String, stage: String, region: String, vacancies: [Item] }

    /// The result as the JSON output and the web API give it.
    public var document: Document {
        Document(student: student.id, stage: student.stage.name, region: student.regionID, vacancies: items)
    }

    public var items: [Item] {
        results.enumerated().map { rank, pair in
            let (vacancy, explanation) = pair
            return Item(rank: rank + 1, vacancyID: vacancy.id, title: vacancy.title[names.language], enterprise: names.enterprise(vacancy.enterpriseID),
                        region: names.region(vacancy.regionID), kind: names.words.name(of: vacancy.kind),
                        score: (explanation.score * 1000).rounded() / 1000,
                        parts: ScorePart.parts(explanation.parts, total: (explanation.score * 1000).rounded() / 1000, label: names.words.vacancyPartName),
                        matchedSkills: explanation.matched.map { names.skill($0.skillID) },
                        gaps: explanation.gaps.map { SkillGap(skillID: $0.skillID, name: names.skill($0.skillID), has: $0.studentLevel, needed: $0.required, mustHave: $0.mustHave) })
        }
    }
}
