import Profiles
import ScoringCore
import Allocation

extension SkillSpace {
    /// Units of the model's parts before weighting: skill coverage counts confidence in tenths (10 per
    /// covered level and importance), interests count hundredths times letter tenths (1000 for a full match).
    static let skillUnit = 10
    static let interestUnit = 1000

    /// The vacancy model's whole-number form, derived from `ScoringWeights`: the scale B and the
    /// multipliers of skill features (per importance) and interest features (per unit of D).
    static let vacancyModel: (scale: Int, skills: Int, interests: Int) = {
        let parts = [(ScoringWeights.vacancySkills, skillUnit), (ScoringWeights.vacancyInterests, interestUnit)]
        let scale = ScoringWeights.wholeScale(parts.map { (weight: $0.0, unit: $0.1) })
        return (scale, ScoringWeights.wholeMultiplier(ScoringWeights.vacancySkills, unit: skillUnit, scale: scale),
                ScoringWeights.wholeMultiplier(ScoringWeights.vacancyInterests, unit: interestUnit, scale: scale))
    }()

    /// The vacancy-model vector of a student: skill thermometers × confidence (tenths), interests (hundredths).
    public func writeVacancyQuery(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        writeStudentSkillsAndInterests(student, into: row)
    }

    /// The vacancy-model vector of a vacancy, and the scale that turns a dot product into its score.
    ///
    /// score = wₛ × S / (10·D) + wᵢ × I / 1000 (wₛ = 0.8, wᵢ = 0.2 in `ScoringWeights`), with
    /// S = Σ importance × confidence × min(s, r), D = Σ importance × r and I = Σ letter weight × interest.
    /// Multiplied through by Z = B·D, B the weights' whole scale (5000), it is 400·S + D·I: skill features
    /// `400 × importance`, interest features `D × letter weight`, scale 1/Z. With no requirements the
    /// interests take the whole weight (Z = 1000); with no Holland code the skills do (Z = 10·D).
    @discardableResult
    public func writeVacancyItem(_ vacancy: Vacancy, interestCode: [RIASEC], into row: UnsafeMutableBufferPointer<Float>) -> Float {
        row.update(repeating: 0)
        let requirements = vacancy.requirements.map { (skill: $0.skillID, level: $0.level, weight: $0.importance) }
        let denominator = Self.coverageDenominator(requirements)
        let model = Self.vacancyModel
        switch (denominator > 0, !interestCode.isEmpty) {
        case (true, true):
            writeRequirements(requirements, multiplier: model.skills, into: row)
            writeInterestProfile(interestCode, multiplier: model.interests * denominator, into: row)
            return 1 / Float(model.scale * denominator)
        case (true, false):
            writeRequirements(requirements, multiplier: 1, into: row)
            return 1 / Float(Self.skillUnit * denominator)
        case (false, true):
            writeInterestProfile(interestCode, multiplier: 1, into: row)
            return 1 / Float(Self.interestUnit)
        case (false, false):
            return 0
        }
    }

    /// Gate vector of a student: for each must-have skill, `1` at every level the student has *not* reached.
    public func writeGateQuery(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 1)
        for skill in student.effectiveSkills {
            guard let column = mustHaveColumn[skill.skillID] else { continue }
            for level in 0..<min(skill.level, Self.levels) { row[column * Self.levels + level] = 0 }
        }
    }

    /// Gate vector of a vacancy: `1` at the required level of each must-have, so the product counts the
    /// must-haves the student falls short of.
    public func writeGateItem(_ vacancy: Vacancy, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        for requirement in Eligibility.mustHaves(of: vacancy) {
            guard let column = mustHaveColumn[requirement.skillID] else { continue }
            row[column * Self.levels + min(requirement.level, Self.levels) - 1] = 1
        }
    }
}
