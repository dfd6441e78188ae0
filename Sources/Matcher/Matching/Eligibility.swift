import Profiles
import ScoringCore
import Allocation

/// Who may be matched with which vacancy, and why not. The rules (Docs/Scoring.md):
/// - region: the vacancy is in the student's region, or the student would move anywhere in the country;
/// - age: the youngest the student can be this year reaches the vacancy's minimum age (18 for
///   underground, hazardous and night work);
/// - stage: jobs are for graduates and college students from the 3rd course, internships for college
///   students and graduates, dual-education places for schoolchildren from grade 9 and college students;
/// - consent: a minor without a guardian's consent is never matched with an employer;
/// - must-haves: a student below a must-have level is never shortlisted (checked by the gate product).
public struct Eligibility: Sendable {
    public var referenceYear: Int

    public init(referenceYear: Int) { self.referenceYear = referenceYear }

    /// Why a pair is not eligible.
    public enum Reason: Sendable, Hashable, Codable {
        case region(studentRegion: String, vacancyRegion: String, relocation: Relocation)
        case age(minimum: Int, studentMinimumAge: Int)
        case stage(kind: Vacancy.Kind, stage: String)
        case consent
        case mustHave(skillID: String, required: Int, has: Int)

        /// The category used in exclusion summaries: region, age, stage, consent or must-have.
        public var category: String {
            switch self {
            case .region: "region"
            case .age: "age"
            case .stage: "stage"
            case .consent: "consent"
            case .mustHave: "must-have"
            }
        }
    }

    /// Every reason the pair is ineligible (empty when it is eligible), checked in the order above.
    public func reasons(_ student: Student, _ vacancy: Vacancy) -> [Reason] {
        var reasons: [Reason] = []
        if !reachesRegion(student, vacancy.regionID) {
            reasons.append(.region(studentRegion: student.regionID, vacancyRegion: vacancy.regionID, relocation: student.relocation))
        }
        let age = student.minimumAge(in: referenceYear)
        if age < vacancy.minimumAge { reasons.append(.age(minimum: vacancy.minimumAge, studentMinimumAge: age)) }
        if !Self.stageFits(student.stage, vacancy.kind) { reasons.append(.stage(kind: vacancy.kind, stage: student.stage.name)) }
        if !student.isVisibleToEmployers(in: referenceYear) { reasons.append(.consent) }
        let levels = Dictionary(uniqueKeysWithValues: student.effectiveSkills.map { ($0.skillID, $0.level) })
        for requirement in vacancy.requirements where requirement.mustHave {
            let has = levels[requirement.skillID] ?? 0
            if has < requirement.level { reasons.append(.mustHave(skillID: requirement.skillID, required: requirement.level, has: has)) }
        }
        return reasons
    }

    public func reachesRegion(_ student: Student, _ regionID: String) -> Bool {
        student.regionID == regionID || student.relocation == .country
    }

    public static func stageFits(_ stage: Stage, _ kind: Vacancy.Kind) -> Bool {
        switch (kind, stage) {
        case (.job, .graduate), (.internship, .graduate), (.internship, .college), (.dual, .college): true
        case (.job, .college(let course)): course >= 3
        case (.dual, .school(let grade)): grade >= 9
        default: false
        }
    }
}
