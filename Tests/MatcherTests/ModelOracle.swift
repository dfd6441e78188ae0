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
