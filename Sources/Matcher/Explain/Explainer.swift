import Profiles
import ScoringCore
import Allocation

/// Computes explanations with the same formulas and weights as `SkillSpace`, in double precision, so the
/// contributions add up to the score the matrix product gives (within float rounding).
public struct Explainer: Sendable {
    public let eligibility: Eligibility

    public init(referenceYear: Int) {
        eligibility = Eligibility(referenceYear: referenceYear)
    }

    /// Why `student` fits `vacancy` as it does. `interestCode` is the Holland code of the vacancy's first
    /// accepted specialty (empty if none).
    public func explain(_ student: Student, _ vacancy: Vacancy, interestCode: [RIASEC]) -> Explanation {
        let blend: (skills: Double, interests: Double) =
            vacancy.requirements.isEmpty ? (0, interestCode.isEmpty ? 0 : 1)
            : interestCode.isEmpty ? (1, 0) : (ScoringWeights.vacancySkills, ScoringWeights.vacancyInterests)
        let skills = Self.contributions(student, vacancy.requirements.map { ($0.skillID, $0.level, $0.importance, $0.mustHave) }, scale: blend.skills)
        let skillValue = blend.skills == 0 ? 0 : skills.reduce(0) { $0 + $1.contribution } / blend.skills
        let parts = [
            Explanation.Part(name: "skills", value: skillValue, weight: blend.skills),
            Explanation.Part(name: "interests", value: interestFit(student, interestCode), weight: blend.interests),
        ]
        return Explanation(score: parts.reduce(0) { $0 + $1.contribution }, parts: parts, skills: skills,
                           ineligibility: eligibility.reasons(student, vacancy))
    }

    /// Σ importance × confidence × min(s, r) / Σ importance × r, per skill, times `scale`.
    static func contributions(_ student: Student, _ requirements: [(skill: String, level: Int, importance: Int, mustHave: Bool)],
                       scale: Double) -> [Explanation.SkillContribution] {
        contributions(held: Dictionary(uniqueKeysWithValues: student.effectiveSkills.map { ($0.skillID, $0) }), requirements, scale: scale)
    }

    /// The same, with the student's skills by id computed beforehand.
    static func contributions(held: [String: StudentSkill], _ requirements: [(skill: String, level: Int, importance: Int, mustHave: Bool)],
                              scale: Double) -> [Explanation.SkillContribution] {
        let total = requirements.reduce(0.0) { $0 + Double($1.importance * min($1.level, SkillSpace.levels)) }
        return requirements.map { requirement in
            let skill = held[requirement.skill]
            let level = skill?.level ?? 0
            let covered = Double(min(level, requirement.level, SkillSpace.levels)) * (skill.map { ScoringWeights.confidence($0.evidence) } ?? 0)
            let contribution = total == 0 ? 0 : scale * Double(requirement.importance) * covered / total
            return .init(skillID: requirement.skill, required: requirement.level, studentLevel: level, evidence: skill?.evidence,
                         importance: requirement.importance, mustHave: requirement.mustHave, contribution: contribution)
        }
    }

    /// Σ over the Holland code's letters of letter weight × the student's interest in that type.
    func interestFit(_ student: Student, _ code: [RIASEC]) -> Double {
        zip(code, ScoringWeights.positionalTenths(count: code.count))
            .reduce(0) { $0 + Double($1.1) / 10 * Double(ScoringWeights.hundredths(student.interests[$1.0])) / 100 }
    }

}
