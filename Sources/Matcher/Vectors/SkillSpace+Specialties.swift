import Profiles
import ScoringCore
import Allocation

extension SkillSpace {
    /// Units of the specialty model's linear parts before weighting: coverage counts confidence tenths per
    /// level (10 per level at full confidence), interests hundredths × centred letter weights (½ of 100·M
    /// for the full swing, plus a constant ½), aptitude subject tenths × (grade − 1) (40 at best).
    static let aptitudeUnit = 40
    static let centredInterestUnit = 200
    static let constantInterestUnit = 2

    /// The specialty model's whole-number form, derived from `ScoringWeights.specialty`: the scale B and
    /// the multiplier of each feature (per skill level, per interest unit, of the constant, per subject unit).
    static let specialtyModel: (scale: Int, skills: Int, interests: Int, constant: Int, aptitude: Int) = {
        let weights = ScoringWeights.specialty
        let parts: [(weight: Double, unit: Int)] = [(weights.skills, skillUnit), (weights.interests, centredInterestUnit),
                                                     (weights.interests, constantInterestUnit), (weights.aptitude, aptitudeUnit)]
        let scale = ScoringWeights.wholeScale(parts)
        let multipliers = parts.map { ScoringWeights.wholeMultiplier($0.weight, unit: $0.unit, scale: scale) }
        return (scale, multipliers[0], multipliers[1], multipliers[2], multipliers[3])
    }()

    /// Columns of the specialty model's main vector: skills, interests, one constant, subjects.
    public var specialtyWidth: Int { skillWidth + Self.interestWidth + 1 + subjectIDs.count }
    var constantColumn: Int { skillWidth + Self.interestWidth }
    var specialtySubjectOffset: Int { constantColumn + 1 }

    /// The specialty-model vector of a student: skill thermometers × confidence and interests as for
    /// vacancies, a constant 1, and school grades as grade − 1 (0–4; a missing grade counts as 3).
    public func writeSpecialtyQuery(_ student: Student, into row: UnsafeMutableBufferPointer<Float>) {
        row.update(repeating: 0)
        writeStudentSkillsAndInterests(student, into: row)
        row[constantColumn] = 1
        for (subject, column) in subjectColumn {
            row[specialtySubjectOffset + column] = Float((student.grades[subject] ?? 3) - 1)
        }
    }

    /// The specialty-model vector of a specialty, and the scale that turns a dot product into the weighted
    /// sum of its linear parts, w_I·interests + w_A·aptitude + w_S·skills (`SpecialtyModel`).
    ///
    /// With D = Σ r over the specialty's skills, centred letter weights reduced to whole numbers aₖ with
    /// their positive sum M (`centredCode`), and B the weights' whole scale (4000), the parts multiplied
    /// through by Z = B·D·M are 60·M per covered level and confidence tenth, 7·D·aₖ per interest
    /// hundredth, 700·D·M for the constant ½ and 20·D·M per subject tenth × (grade − 1).
    @discardableResult
    public func writeSpecialtyItem(_ specialty: Specialty, into row: UnsafeMutableBufferPointer<Float>) -> Float {
        row.update(repeating: 0)
        let requirements = specialty.skills.map { (skill: $0.skillID, level: $0.level, weight: 1) }
        let d = max(1, Self.coverageDenominator(requirements))
        let (centred, m) = Self.centredCode(specialty.interestCode)
        let model = Self.specialtyModel
        let z = model.scale * d * m
        // Every dot product stays a whole number below 2²⁴, which float sums exactly in any order.
        precondition(Double(z) < 0x1p24, "specialty \(specialty.id): scale \(z) too large for exact float sums")
        writeRequirements(requirements, multiplier: model.skills * m, into: row)
        for (index, weight) in centred.enumerated() { row[interestOffset + index] = Float(model.interests * d * weight) }
        row[constantColumn] = Float(model.constant * d * m)
        for (subject, tenths) in zip(specialty.keySubjects, ScoringWeights.positionalTenths(count: specialty.keySubjects.count)) {
            if let column = subjectColumn[subject] { row[specialtySubjectOffset + column] += Float(model.aptitude * d * m * tenths) }
        }
        return 1 / Float(z)
    }

    /// The denominator Z of `writeSpecialtyItem` (its scale is 1/Z), for exact arithmetic outside the product.
    public func specialtyDenominator(_ specialty: Specialty) -> Int {
        let d = max(1, Self.coverageDenominator(specialty.skills.map { (skill: $0.skillID, level: $0.level, weight: 1) }))
        return Self.specialtyModel.scale * d * Self.centredCode(specialty.interestCode).sum
    }

    /// A Holland code's letter weights minus 1/6 (in sixtieths: 6·tenths − 10), divided by their common
    /// divisor, and the sum of the positive ones: R → (5, −1, …; 5), RI → (13, 7, −5, …; 20).
    /// An empty code gives zeros and 1: interests then add only the constant ½.
    static func centredCode(_ code: [RIASEC]) -> (weights: [Int], sum: Int) {
        guard !code.isEmpty else { return ([Int](repeating: 0, count: interestWidth), 1) }
        var sixtieths = [Int](repeating: -10, count: interestWidth)
        for (type, tenths) in zip(code, ScoringWeights.positionalTenths(count: code.count)) { sixtieths[type.index] += 6 * tenths }
        let positive = sixtieths.filter { $0 > 0 }.reduce(0, +)
        let divisor = sixtieths.reduce(positive) { gcd($0, abs($1)) }
        return (sixtieths.map { $0 / divisor }, positive / divisor)
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
