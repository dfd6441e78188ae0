import Profiles
import ScoringCore
import Allocation

extension SkillSpace {
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
    /// score = 0.4 × I/1000 + 0.25 × A/40 + 0.15 × S/(10·D) + 0.2 × M/100, with A = Σ subject weight
    /// (tenths) × (grade − 1), D = Σ r and M the demand index in hundredths. Multiplied through by
    /// Z = 40000·D it is 16D·I + 250D·A + 600·S + 80D·M. `demand` gives the index in [0, 1] per region
    /// id, and for `nil` the whole country.
    @discardableResult
    public func writeSpecialtyItem(_ specialty: Specialty, demand: (_ regionID: String?) -> Double,
                                   into row: UnsafeMutableBufferPointer<Float>) -> Float {
        row.update(repeating: 0)
        let requirements = specialty.skills.map { (skill: $0.skillID, level: $0.level, weight: 1) }
        let d = max(1, Self.coverageDenominator(requirements))
        writeRequirements(requirements, multiplier: 600, into: row)
        writeInterestProfile(specialty.interestCode, multiplier: 16 * d, into: row)
        for (subject, tenths) in zip(specialty.keySubjects, ScoringWeights.positionalTenths(count: specialty.keySubjects.count)) {
            if let column = subjectColumn[subject] { row[subjectOffset + column] += Float(250 * d * tenths) }
        }
        for (region, column) in regionColumn { row[regionOffset + column] = Float(80 * d * ScoringWeights.hundredths(demand(region))) }
        row[countryColumn] = Float(80 * d * ScoringWeights.hundredths(demand(nil)))
        return 1 / Float(40000 * d)
    }
}
