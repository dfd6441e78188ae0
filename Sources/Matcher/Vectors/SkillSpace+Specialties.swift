import Profiles
import ScoringCore
import Allocation

extension SkillSpace {
    /// Units of the specialty model's parts before weighting: aptitude counts subject tenths × (grade − 1)
    /// (40 at best), demand hundredths (100); skills and interests as in the vacancy model.
    static let aptitudeUnit = 40
    static let demandUnit = 100

    /// The specialty model's whole-number form, derived from `ScoringWeights`: the scale B and the
    /// multiplier of each part's features (skills per level; the others per unit of D).
    static let specialtyModel: (scale: Int, skills: Int, interests: Int, aptitude: Int, demand: Int) = {
        let parts: [(weight: Double, unit: Int)] = [(ScoringWeights.specialtySkills, skillUnit), (ScoringWeights.specialtyInterests, interestUnit),
                     (ScoringWeights.specialtyAptitude, aptitudeUnit), (ScoringWeights.specialtyDemand, demandUnit)]
        let scale = ScoringWeights.wholeScale(parts)
        let multipliers = parts.map { ScoringWeights.wholeMultiplier($0.weight, unit: $0.unit, scale: scale) }
        return (scale, multipliers[0], multipliers[1], multipliers[2], multipliers[3])
    }()

    /// The specialty-model vector of a student: skills and interests as for vacancies, school grades
    /// as grade − 1 (0–4; a missing grade counts as 3), and where the student would work — their region,
    /// or the whole country when they would move anywhere.
    public func writeSpecialtyQuery(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        writeStudentSkillsAndInterests(student, into: row)
        for (subject, column) in subjectColumn {
            row[subjectOffset + column] = Float((student.grades[subject] ?? 3) - 1)
        }
        if student.relocation == .country { row[countryColumn] = 1 }
        else if let column = regionColumn[student.regionID] { row[regionOffset + column] = 1 }
    }

    /// The specialty-model vector of a specialty, and the scale that turns a dot product into its score.
    ///
    /// score = 0.4 × I/1000 + 0.25 × A/40 + 0.15 × S/(10·D) + 0.2 × M/100 (weights from `ScoringWeights`),
    /// with A = Σ subject weight (tenths) × (grade − 1), D = Σ r and M the demand index in hundredths.
    /// Multiplied through by Z = B·D, B the weights' whole scale (20000), it is 8D·I + 125D·A + 300·S + 40D·M.
    /// `demand` gives the index in [0, 1] per region id, and for `nil` the whole country.
    @discardableResult
    public func writeSpecialtyItem(_ specialty: Specialty, demand: (_ regionID: String?) -> Double,
                                   into row: UnsafeMutableBufferPointer<Float>) -> Float {
        row.update(repeating: 0)
        let requirements = specialty.skills.map { (skill: $0.skillID, level: $0.level, weight: 1) }
        let d = max(1, Self.coverageDenominator(requirements))
        let model = Self.specialtyModel
        writeRequirements(requirements, multiplier: model.skills, into: row)
        writeInterestProfile(specialty.interestCode, multiplier: model.interests * d, into: row)
        for (subject, tenths) in zip(specialty.keySubjects, ScoringWeights.positionalTenths(count: specialty.keySubjects.count)) {
            if let column = subjectColumn[subject] { row[subjectOffset + column] += Float(model.aptitude * d * tenths) }
        }
        for (region, column) in regionColumn { row[regionOffset + column] = Float(model.demand * d * ScoringWeights.hundredths(demand(region))) }
        row[countryColumn] = Float(model.demand * d * ScoringWeights.hundredths(demand(nil)))
        return 1 / Float(model.scale * d)
    }
}
