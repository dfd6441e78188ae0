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

    /// One candidate as the employer sees them before they accept an invitation: what it needs to choose
    /// whom to invite, and no figure that would let two enterprises link the person across their lists
    /// (Docs/Privacy.md, "What employers receive"): no score, no score parts, no skill levels, no stage.
    public struct Item: Sendable, Encodable {
        public var rank: Int
        public var candidate: String
        /// The fit band (`best`, `great`, `good`, `fair`; Docs/Scoring.md "Fit bands (vacancies)").
        public var band: String
        /// The band in the chosen language.
        public var bandLabel: String
        /// Required skills the candidate has at the required level, in the vacancy's order.
        public var matchedSkills: [String]
        /// Required skills not yet at the level, in the vacancy's order: the name and whether the candidate
        /// has the skill partly or not at all (never the levels).
        public var gaps: [String]
    }

    public struct Document: Sendable, Encodable {
        public var vacancyID: String
        public var title: String
        public var enterprise: String
        public var summary: Summary
        public var candidates: [Item]
    }

    /// The candidates as the employer receives them. The scores stay in `candidates` for code that ranks
    /// or allocates; they are never part of what an employer is shown.
    public var items: [Item] {
        let words = names.words
        return candidates.enumerated().map { rank, pair in
            let explanation = pair.1
            let band = FitBand(score: explanation.score)
            // The vacancy's order, not the gaps' sizes: an order by size would tell the levels apart.
            let gaps = explanation.skills.filter { !$0.isMatched }
            return Item(rank: rank + 1, candidate: pseudonym(pair.0), band: band.rawValue, bandLabel: words.name(of: band),
                        matchedSkills: explanation.matched.map { names.skill($0.skillID) },
                        gaps: gaps.map { words.gap(names.skill($0.skillID), partly: $0.studentLevel > 0) })
        }
    }

    public var document: Document {
        Document(vacancyID: vacancy.id, title: vacancy.title[names.language], enterprise: names.enterprise(vacancy.enterpriseID),
                 summary: summary, candidates: items)
    }
}
