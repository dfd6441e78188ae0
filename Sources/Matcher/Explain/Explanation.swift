import Profiles
import ScoringCore
import Allocation

/// Why a student and an item (vacancy or specialty) score what they do: the parts of the score, the
/// skills matched and missing, and for an ineligible pair the reasons.
public struct Explanation: Sendable, Hashable, Codable {
    /// The blended score in [0, 1]; equals the sum of `parts` and of `skills` contributions + other parts.
    public var score: Double
    /// Named parts of the score: `skills`, `interests`, `aptitude`, `demand` (those the model uses).
    public var parts: [Part]
    /// Each required skill's contribution to the `skills` part.
    public var skills: [SkillContribution]
    /// Reasons the pair is not eligible; empty when it is (vacancies only).
    public var ineligibility: [Eligibility.Reason]

    public struct Part: Sendable, Hashable, Codable {
        public var name: String
        /// The part's value in [0, 1] before weighting.
        public var value: Double
        public var weight: Double
        public var contribution: Double { value * weight }
    }

    public struct SkillContribution: Sendable, Hashable, Codable {
        public var skillID: String
        public var required: Int
        /// The student's level, 0 when the skill is missing.
        public var studentLevel: Int
        public var evidence: StudentSkill.Evidence?
        public var importance: Int
        public var mustHave: Bool
        /// Share of the score this skill adds.
        public var contribution: Double

        /// Met fully (level reached), partly, or missing.
        public var isMatched: Bool { studentLevel >= required }
        public var gap: Int { max(0, required - studentLevel) }
    }

    /// Required skills the student has at the required level.
    public var matched: [SkillContribution] { skills.filter(\.isMatched) }
    /// Required skills missing or below the level, largest gap first.
    public var gaps: [SkillContribution] {
        skills.filter { !$0.isMatched }.sorted { ($0.mustHave ? 1 : 0, $0.importance, $0.gap) > ($1.mustHave ? 1 : 0, $1.importance, $1.gap) }
    }
}
