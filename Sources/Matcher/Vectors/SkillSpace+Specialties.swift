import Profiles

extension SkillSpace {
    /// The specialty-model vector of a student: skills and interests as for vacancies, school grades
    /// scaled to [0, 1], and where the student would work — their region, or the whole country when
    /// they would move anywhere.
    public func writeSpecialtyQuery(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        writeStudentSkills(student, into: row)
        for (subject, column) in subjectColumn {
            // A missing grade counts as the middle of the scale rather than as a fail.
            let grade = student.grades[subject].map(Double.init) ?? 3
            row[subjectOffset + column] = Float((grade - 1) / 4)
        }
        if student.relocation == .country { row[countryColumn] = 1 }
        else if let column = regionColumn[student.regionID] { row[regionOffset + column] = 1 }
    }

    /// The specialty-model vector of a specialty. `demand` gives, per region id (and `nil` for the whole
    /// country), a demand index in [0, 1] for the specialty's graduates.
    public func writeSpecialtyItem(_ specialty: Specialty, demand: (_ regionID: String?) -> Double,
                                   into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        writeRequirements(specialty.skills.map { ($0.skillID, $0.level, 1) }, scale: weights.specialtySkills, into: row)
        for (index, value) in interestProfile(specialty.interestCode).enumerated() {
            row[interestOffset + index] = Float(weights.specialtyInterests * value)
        }
        let subjectWeights = ScoringWeights.positional(weights.keySubjectWeights, count: specialty.keySubjects.count)
        for (subject, weight) in zip(specialty.keySubjects, subjectWeights) {
            if let column = subjectColumn[subject] { row[subjectOffset + column] = Float(weights.specialtyAptitude * weight) }
        }
        for (region, column) in regionColumn { row[regionOffset + column] = Float(weights.specialtyDemand * demand(region)) }
        row[countryColumn] = Float(weights.specialtyDemand * demand(nil))
    }
}
