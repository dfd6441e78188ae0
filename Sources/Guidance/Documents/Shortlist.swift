import Foundation
import Localization
import Matcher
import Profiles

/// A vacancy's shortlist as a table, JSON or CSV. Pseudonymous ids only.
public struct Shortlist: Sendable {
    public init(vacancy: Vacancy, candidates: [(Student, Explanation)], summary: Summary, names: Names,
                pseudonym: @escaping @Sendable (Student) -> String) {
        self.vacancy = vacancy
        self.candidates = candidates
        self.summary = summary
        self.names = names
        self.pseudonym = pseudonym
    }

    public let vacancy: Vacancy
    public let candidates: [(Student, Explanation)]
    public let summary: Summary
    public let names: Names
    /// The candidate's id as this enterprise sees it: a pseudonym that other enterprises' lists cannot be linked to.
    public let pseudonym: @Sendable (Student) -> String

    /// The shortlist's summary as the employer sees it (`DisclosureRule`): the eligible candidates exactly,
    /// since the list shows them one by one; those excluded, whom it never sees, as "<10" from 1 to 9.
    public struct Summary: Sendable, Encodable {
        public var students: Int
        public var eligible: PersonCount
        /// Excluded students by reason (a student may have several): region, age, stage, consent, must-have.
        public var excluded: [Eligibility.Reason.Category: PersonCount]
    }

    public struct Item: Sendable, Encodable {
        public var rank: Int
        public var candidate: String
        public var stage: String
        public var score: Double
        /// The score's parts (skills, interests) with their weights; their contributions sum to `score`.
        public var parts: [ScorePart]
        public var matchedSkills: [String]
        public var gaps: [String]
    }

    public struct Document: Sendable, Encodable {
        public var vacancyID: String
        public var title: String
        public var enterprise: String
        public var summary: Summary
        public var candidates: [Item]
    }

    public var items: [Item] {
        candidates.enumerated().map { rank, pair in
            let (student, explanation) = pair
            return Item(rank: rank + 1, candidate: pseudonym(student), stage: names.words.name(of: student.stage),
                        score: (explanation.score * 1000).rounded() / 1000,
                        parts: ScorePart.parts(explanation.parts, total: (explanation.score * 1000).rounded() / 1000, label: names.words.vacancyPartName),
                        matchedSkills: explanation.matched.map { names.skill($0.skillID) },
                        gaps: explanation.gaps.map { "\(names.skill($0.skillID)) \($0.studentLevel)→\($0.required)" })
        }
    }


    public var document: Document {
        Document(vacancyID: vacancy.id, title: vacancy.title[names.language], enterprise: names.enterprise(vacancy.enterpriseID),
                 summary: summary, candidates: items)
    }
}
