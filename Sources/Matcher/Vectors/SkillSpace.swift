import Profiles
import ScoringCore
import Allocation

/// Turns students, vacancies and specialties into feature vectors so that one matrix product gives the
/// blended score of every pair (Docs/Scoring.md).
///
/// Skill levels are thermometer-coded — level 3 of 5 is `1,1,1,0,0` — so that the dot product of a
/// student's code with a requirement's weighted code is Σ wᵢ·min(sᵢ, rᵢ): the weighted coverage of the
/// requirements. Only skills some item asks for get columns; others cannot change any score.
///
/// Every feature is a small whole number (confidence in tenths, interests in hundredths, weights
/// scaled per item), so each dot product is an integer below 2²⁴ that float arithmetic sums exactly in
/// any order. An item's `scale` (1 / its common denominator) then turns the dot into the score.
public struct SkillSpace: Sendable {
    public static let levels = 5

    /// Skill ids with columns, in column order.
    public let skillIDs: [String]
    let skillColumn: [String: Int]
    /// Must-have skills, for the gate product that counts unmet must-haves.
    public let mustHaveIDs: [String]
    let mustHaveColumn: [String: Int]
    public let subjectIDs: [String]
    let subjectColumn: [String: Int]

    /// A space for scoring against `vacancies` and `specialties` (pass empty for the other).
    public init(catalogue: Catalogue, vacancies: [Vacancy], specialties: [Specialty]) {
        let used = Set(vacancies.flatMap { $0.requirements.map(\.skillID) } + specialties.flatMap { $0.skills.map(\.skillID) })
        skillIDs = catalogue.taxonomy.skills.map(\.id).filter(used.contains)
        skillColumn = Dictionary(uniqueKeysWithValues: skillIDs.enumerated().map { ($1, $0) })
        let must = Set(vacancies.flatMap { Eligibility.mustHaves(of: $0).map(\.skillID) })
        mustHaveIDs = skillIDs.filter(must.contains)
        mustHaveColumn = Dictionary(uniqueKeysWithValues: mustHaveIDs.enumerated().map { ($1, $0) })
        subjectIDs = catalogue.subjects.map(\.id)
        subjectColumn = Dictionary(uniqueKeysWithValues: subjectIDs.enumerated().map { ($1, $0) })
    }

    // MARK: - Layout

    var skillWidth: Int { skillIDs.count * Self.levels }
    static let interestWidth = RIASEC.allCases.count

    /// Columns of a vacancy-model vector: skills, then interests.
    public var vacancyWidth: Int { skillWidth + Self.interestWidth }
    /// Columns of the must-have gate vector.
    public var gateWidth: Int { mustHaveIDs.count * Self.levels }

    var interestOffset: Int { skillWidth }

    // MARK: - Shared parts

    /// Skill thermometers × confidence in tenths, and interests in hundredths.
    func writeStudentSkillsAndInterests(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        for skill in student.effectiveSkills {
            guard let column = skillColumn[skill.skillID] else { continue }
            let confidence = Float(ScoringWeights.confidenceTenths(skill.evidence))
            for level in 0..<min(skill.level, Self.levels) { row[column * Self.levels + level] = confidence }
        }
        for type in RIASEC.allCases { row[interestOffset + type.index] = Float(ScoringWeights.hundredths(student.interests[type])) }
    }

    /// `multiplier × weight` at every level up to each requirement's level.
    func writeRequirements(_ requirements: [(skill: String, level: Int, weight: Int)], multiplier: Int,
                           into row: UnsafeMutableBufferPointer<Float>) {
        for requirement in requirements {
            guard let column = skillColumn[requirement.skill] else { continue }
            let value = Float(multiplier * requirement.weight)
            for level in 0..<min(requirement.level, Self.levels) { row[column * Self.levels + level] = value }
        }
    }

    /// `multiplier × letter weight (tenths)` for each letter of a Holland code.
    func writeInterestProfile(_ code: [RIASEC], multiplier: Int, into row: UnsafeMutableBufferPointer<Float>) {
        for (type, tenths) in zip(code, ScoringWeights.positionalTenths(count: code.count)) {
            row[interestOffset + type.index] += Float(multiplier * tenths)
        }
    }

    /// Σ weight × level: the denominator of weighted coverage.
    static func coverageDenominator(_ requirements: [(skill: String, level: Int, weight: Int)]) -> Int {
        requirements.reduce(0) { $0 + $1.weight * min($1.level, levels) }
    }
}
