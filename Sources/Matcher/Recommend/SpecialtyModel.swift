import Profiles

/// The specialty model's formulas in double precision (Docs/Scoring.md): what each part of a
/// recommendation's score is, and how the parts combine. `SkillSpace` writes the same formulas as
/// whole-number vectors for the matrix product; tests hold the two together.
public enum SpecialtyModel {
    /// Evidence-weighted skill levels (confidence × level) added to the own-skills part's denominator, so
    /// that a little evidence counts for little: one self-assessed level-2 hobby is not a calling.
    public static let ownSkillsDamping = 2.0

    /// Whether `interests` are flat (`InterestScores.flatSpread`). Flat profiles score about 0.5 on interests
    /// for every specialty, so the ranking rests on grades and skills.
    public static func isFlat(_ interests: InterestScores) -> Bool { interests.isFlat }

    /// The interest profile of a Holland code: letter weights (1; 0.6/0.4; 0.5/0.3/0.2) per type.
    public static func profile(_ code: [RIASEC]) -> [Double] {
        var profile = [Double](repeating: 0, count: RIASEC.allCases.count)
        for (type, tenths) in zip(code, ScoringWeights.positionalTenths(count: code.count)) { profile[type.index] += Double(tenths) / 10 }
        return profile
    }

    /// Interest fit in [0, 1]: ½ + ½ × Σₖ (qₖ − 1/6)·pₖ / M, with q the specialty's profile, p the pupil's
    /// scores (two decimals) and M = Σ (qₖ − 1/6)⁺ the most the sum can reach. Centring q makes the part
    /// compare shapes: a pupil who likes everything equally gets ½ everywhere, and more interest in one of
    /// the specialty's letters always raises it (each letter weighs at least 0.2 > 1/6).
    public static func interestFit(_ interests: InterestScores, code: [RIASEC]) -> Double {
        guard !code.isEmpty else { return 0.5 }
        let centred = profile(code).map { $0 - 1.0 / 6 }
        let most = centred.filter { $0 > 0 }.reduce(0, +)
        let sum = zip(centred, interests.values).reduce(0.0) { $0 + $1.0 * Double(ScoringWeights.hundredths($1.1)) / 100 }
        return 0.5 + 0.5 * sum / most
    }

    /// Aptitude in [0, 1]: Σ over key subjects of subject weight × (grade − 1) / 4; a missing grade counts as 3.
    public static func aptitude(_ grades: [String: Int], keySubjects: [String]) -> Double {
        zip(keySubjects, ScoringWeights.positionalTenths(count: keySubjects.count))
            .reduce(0) { $0 + Double($1.1) / 10 * (Double(grades[$1.0] ?? 3) - 1) / 4 }
    }

    /// The specialty's skills the pupil covers, confidence-weighted: Σ c·min(s, r) / Σ r.
    public static func coverage(_ student: Student, _ specialty: Specialty) -> Double {
        coverage(held: held(student), specialty)
    }

    /// The student's effective skills by id (the first of each), as `coverage` and the explanations read them.
    public static func held(_ student: Student) -> [String: StudentSkill] {
        Dictionary(student.effectiveSkills.map { ($0.skillID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func coverage(held: [String: StudentSkill], _ specialty: Specialty) -> Double {
        let total = specialty.skills.reduce(0) { $0 + min($1.level, SkillSpace.levels) }
        guard total > 0 else { return 0 }
        let covered = specialty.skills.reduce(0.0) { sum, need in
            guard let skill = held[need.skillID] else { return sum }
            return sum + ScoringWeights.confidence(skill.evidence) * Double(min(skill.level, need.level, SkillSpace.levels))
        }
        return covered / Double(total)
    }

    /// The vocational skills the pupil recorded (technical and knowledge; not teamwork or the languages
    /// added for them), which the own-skills part weighs.
    public static func vocationalSkills(_ student: Student, _ taxonomy: Taxonomy) -> [StudentSkill] {
        student.skills.filter { taxonomy.skill(id: $0.skillID)?.group.isVocational ?? false }
    }

    /// How much of what the pupil already does the specialty develops: A / (A + U + 2), with
    /// A = Σ c·s·r/5 over the pupil's vocational skills the specialty teaches (r its level there, so a skill
    /// at the heart of the specialty counts more than one it touches), U = Σ c·s over those it does not
    /// teach, and 2 (`ownSkillsDamping`) so that a little evidence counts for little. A taught skill adds to
    /// the numerator and the denominator alike, so a higher level of it never lowers the part.
    public static func ownSkills(_ student: Student, _ specialty: Specialty, _ taxonomy: Taxonomy) -> Double {
        ownSkills(vocationalSkills(student, taxonomy), taught: taughtLevels(specialty))
    }

    /// The specialty's skills with the level it teaches them to, for `ownSkills(_:taught:)`.
    public static func taughtLevels(_ specialty: Specialty) -> [String: Int] {
        Dictionary(specialty.skills.map { ($0.skillID, min($0.level, SkillSpace.levels)) }, uniquingKeysWith: max)
    }

    /// `ownSkills` for skills already filtered by `vocationalSkills` and levels from `taughtLevels`.
    public static func ownSkills(_ vocational: [StudentSkill], taught: [String: Int]) -> Double {
        guard !vocational.isEmpty else { return 0 }
        var developed = 0.0, other = 0.0
        for skill in vocational {
            let weighed = ScoringWeights.confidence(skill.evidence) * Double(min(skill.level, SkillSpace.levels))
            if let level = taught[skill.skillID] { developed += weighed * Double(level) / Double(SkillSpace.levels) } else { other += weighed }
        }
        return developed / (developed + other + ownSkillsDamping)
    }

    /// Combines the parts into the score. `fit` is the weighted sum of every part but prospects; prospects
    /// count only when the fit without them, `fit / (1 − w_prospects)`, is at least `goodFit`, so demand can
    /// reorder good candidates but never lift a weak one above a stronger one.
    /// - Returns: the score and whether prospects were counted.
    public static func combine(fit: Double, prospects: Double, weights: SpecialtyWeights = .standard,
                               goodFit: Double = FitBand.specialtyThreshold(.good)) -> (score: Double, prospectsCounted: Bool) {
        let counted = fit >= goodFit * weights.withoutProspects - 1e-12
        return (fit + (counted ? weights.prospects * prospects : 0), counted)
    }

    /// Every part's value in [0, 1] for `student` and `specialty`, before weighting; `prospects` is the
    /// prospects index of the pupil's labour market.
    public static func parts(_ student: Student, _ specialty: Specialty, prospects: Double, taxonomy: Taxonomy) -> [SpecialtyPart: Double] {
        parts(student, specialty, prospects: prospects, held: held(student), ownSkills: ownSkills(student, specialty, taxonomy))
    }

    /// The same, with the student's skills by id (`held`) and the own-skills part computed beforehand.
    static func parts(_ student: Student, _ specialty: Specialty, prospects: Double, held: [String: StudentSkill],
                      ownSkills: Double) -> [SpecialtyPart: Double] {
        [.interests: interestFit(student.interests, code: specialty.interestCode),
         .aptitude: aptitude(student.grades, keySubjects: specialty.keySubjects),
         .skills: coverage(held: held, specialty),
         .ownSkills: ownSkills,
         .prospects: Double(ScoringWeights.hundredths(prospects)) / 100]
    }

    /// The score of `parts` under `weights`, in double precision (for the sensitivity analysis and oracles).
    public static func score(_ parts: [SpecialtyPart: Double], weights: SpecialtyWeights = .standard,
                             goodFit: Double = FitBand.specialtyThreshold(.good)) -> Double {
        let fit = SpecialtyPart.allCases.filter { $0 != .prospects }.reduce(0.0) { $0 + weights[$1] * parts[$1, default: 0] }
        return combine(fit: fit, prospects: parts[.prospects, default: 0], weights: weights, goodFit: goodFit).score
    }
}
