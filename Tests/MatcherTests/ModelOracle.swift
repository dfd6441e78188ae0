import ScoringCore
import Allocation
import Profiles
@testable import Matcher

/// The scoring model written out plainly in double precision, independent of SkillSpace's vectors.
enum ModelOracle {
    static func confidence(_ evidence: StudentSkill.Evidence) -> Double {
        switch evidence {
        case .selfReported: 0.8
        case .course: 0.9
        default: 1
        }
    }

    
    static func vacancyScore(_ student: Student, _ vacancy: Vacancy, code: [RIASEC]) -> Double {
        var numerator = 0.0, denominator = 0.0
        for requirement in vacancy.requirements {
            let held = student.effectiveSkills.first { $0.skillID == requirement.skillID }
            let weight = held.map { Self.confidence($0.evidence) } ?? 0
            numerator += Double(requirement.importance) * weight * Double(min(held?.level ?? 0, requirement.level))
            denominator += Double(requirement.importance * requirement.level)
        }
        let skillFit = denominator == 0 ? 0 : numerator / denominator
        let letterWeights = [[1.0], [0.6, 0.4], [0.5, 0.3, 0.2]]
        let interestFit = code.isEmpty ? 0 : zip(code, letterWeights[code.count - 1]).reduce(0) { $0 + $1.1 * (student.interests[$1.0] * 100).rounded() / 100 }
        if vacancy.requirements.isEmpty { return interestFit }
        if code.isEmpty { return skillFit }
        return 0.8 * skillFit + 0.2 * interestFit
    }

    static func eligible(_ student: Student, _ vacancy: Vacancy, year: Int) -> Bool {
        let region = student.regionID == vacancy.regionID || student.relocation == .country
        let age = year - student.birthYear - 1 >= vacancy.minimumAge
        let stage: Bool = switch (vacancy.kind, student.stage) {
        case (.job, .graduate), (.internship, .graduate), (.internship, .college), (.dual, .college): true
        case (.job, .college(let course)): course >= 3
        case (.dual, .school(let grade)): grade >= 9
        default: false
        }
        let consent = year - student.birthYear - 1 >= 18 || student.guardianConsent == true
        let mustHaves = vacancy.requirements.filter(\.mustHave).allSatisfy { requirement in
            (student.effectiveSkills.first { $0.skillID == requirement.skillID }?.level ?? 0) >= requirement.level
        }
        return region && age && stage && consent && mustHaves
    }
}

extension ModelOracle {
    /// The specialty model of Docs/Scoring.md written out plainly: centred interests, aptitude, coverage,
    /// own skills, and prospects counted only for fits that are good without them.
    static func specialtyScore(_ student: Student, _ specialty: Specialty, prospects: Double, taxonomy: Taxonomy) -> Double {
        let letterWeights = [[1.0], [0.6, 0.4], [0.5, 0.3, 0.2]]
        var profile = [Double](repeating: 0, count: 6)
        for (type, weight) in zip(specialty.interestCode, letterWeights[specialty.interestCode.count - 1]) { profile[type.index] = weight }
        let centred = profile.map { $0 - 1.0 / 6 }
        let interests = 0.5 + 0.5 * zip(centred, RIASEC.allCases).reduce(0.0) { $0 + $1.0 * (student.interests[$1.1] * 100).rounded() / 100 }
            / centred.filter { $0 > 0 }.reduce(0, +)
        let subjectWeights = letterWeights[specialty.keySubjects.count - 1]
        let aptitude = zip(specialty.keySubjects, subjectWeights).reduce(0.0) { $0 + $1.1 * Double((student.grades[$1.0] ?? 3) - 1) / 4 }
        var covered = 0.0, total = 0.0, developed = 0.0, other = 0.0
        for need in specialty.skills {
            let held = student.effectiveSkills.first { $0.skillID == need.skillID }
            covered += (held.map { confidence($0.evidence) } ?? 0) * Double(min(held?.level ?? 0, need.level))
            total += Double(need.level)
        }
        let vocational: Set<Skill.Group> = [.technical, .knowledge]
        for skill in student.skills where vocational.contains(taxonomy.skill(id: skill.skillID)!.group) {
            if let need = specialty.skills.first(where: { $0.skillID == skill.skillID }) {
                developed += confidence(skill.evidence) * Double(skill.level) * Double(need.level) / 5
            } else {
                other += confidence(skill.evidence) * Double(skill.level)
            }
        }
        let own = developed == 0 ? 0 : developed / (developed + other + 2)
        let fit = 0.35 * interests + 0.2 * aptitude + 0.15 * covered / total + 0.22 * own
        let prospectsCount = fit / 0.92 >= FitBand.specialtyThreshold(.good) - 1e-9
        return fit + (prospectsCount ? 0.08 * (prospects * 100).rounded() / 100 : 0)
    }
}
