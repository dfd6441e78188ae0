import Profiles

extension SkillSpace {
    /// The vacancy-model vector of a student: confidence-weighted skill thermometers and interests.
    public func writeVacancyQuery(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        writeStudentSkills(student, into: row)
    }

    /// The vacancy-model vector of a vacancy: `skills × importance × thermo(r) / Σ importance × r` and
    /// `interests × Holland profile` of its first accepted specialty. With no requirements, the interest
    /// part takes the whole weight, so scores still reach 1.
    public func writeVacancyItem(_ vacancy: Vacancy, interestCode: [RIASEC], into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        let parts = vacancyWeights(vacancy, interestCode: interestCode)
        writeRequirements(vacancy.requirements.map { ($0.skillID, $0.level, Double($0.importance)) }, scale: parts.skills, into: row)
        for (index, value) in interestProfile(interestCode).enumerated() { row[interestOffset + index] = Float(parts.interests * value) }
    }

    /// The blend weights for one vacancy, shifted to the part that exists when one is empty.
    func vacancyWeights(_ vacancy: Vacancy, interestCode: [RIASEC]) -> (skills: Double, interests: Double) {
        if vacancy.requirements.isEmpty { return (0, interestCode.isEmpty ? 0 : 1) }
        if interestCode.isEmpty { return (1, 0) }
        return (weights.vacancySkills, weights.vacancyInterests)
    }

    /// Gate vector of a student: for each must-have skill, `1` at every level the student has *not* reached.
    public func writeGateQuery(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 1)
        for skill in student.skills {
            guard let column = mustHaveColumn[skill.skillID] else { continue }
            for level in 0..<min(skill.level, Self.levels) { row[column * Self.levels + level] = 0 }
        }
    }

    /// Gate vector of a vacancy: `1` at the required level of each must-have, so the product counts the
    /// must-haves the student falls short of.
    public func writeGateItem(_ vacancy: Vacancy, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        for requirement in vacancy.requirements where requirement.mustHave {
            guard let column = mustHaveColumn[requirement.skillID] else { continue }
            row[column * Self.levels + min(requirement.level, Self.levels) - 1] = 1
        }
    }
}
