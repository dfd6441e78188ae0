import Foundation
import Profiles

/// Who may be matched with which vacancy, and why not — the one definition that the tile filter, the
/// gate vectors, the region grouping, the exclusion counts and the "why not" reasons all derive from.
/// The rules (Docs/Scoring.md):
/// - region: the vacancy is in the student's region, or the student would move anywhere in the country;
/// - age: the youngest the student can be in the age year reaches the vacancy's minimum age (18 for
///   underground, hazardous and night work);
/// - stage: jobs are for graduates and college students from the 3rd course, internships for college
///   students and graduates, dual-education places for schoolchildren from grade 9 and college students;
/// - consent: a minor without a guardian's consent is never matched with an employer;
/// - must-haves: a student below a must-have level is never shortlisted (checked by the gate product).
///
/// The age and consent rules protect minors in everything an employer sees (shortlists, placements, the
/// report's enterprise figures), so they are judged in the *age year*: the reference year asked for, but
/// never one after this year. A later date would make every minor look older, and a minor without consent
/// look like an adult who needs none.
public struct Eligibility: Sendable {
    public let referenceYear: Int
    /// The year the age and consent rules are judged in: `min(referenceYear, currentYear)`.
    public let ageYear: Int

    /// - Parameter currentYear: this year (a parameter so that tests can pin it).
    public init(referenceYear: Int, currentYear: Int = Calendar.currentYear) {
        self.referenceYear = referenceYear
        ageYear = min(referenceYear, currentYear)
    }

    // MARK: - The rules

    /// What the rules need to know of a student, with regions named by `Region` (an id, or an index).
    public struct StudentTerms<Region: Hashable & Sendable>: Sendable, Hashable {
        /// The only region the student can work in; nil when they would move anywhere.
        public var region: Region?
        public var minimumAge: Int32
        /// Bit set of the vacancy kinds (`Vacancy.Kind.bit`) the student's stage allows.
        public var kinds: UInt8
        public var visibleToEmployers: Bool
    }

    /// What the rules need to know of a vacancy.
    public struct VacancyTerms<Region: Hashable & Sendable>: Sendable {
        public var region: Region
        public var minimumAge: Int32
        public var kind: UInt8
    }

    /// The rules a pair breaks, as a set.
    public struct Exclusions: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let region = Exclusions(rawValue: 1 << 0)
        public static let age = Exclusions(rawValue: 1 << 1)
        public static let stage = Exclusions(rawValue: 1 << 2)
        public static let consent = Exclusions(rawValue: 1 << 3)
        public static let mustHave = Exclusions(rawValue: 1 << 4)

        /// Each rule with its category in exclusion summaries, in the order the rules are listed.
        public static let categories: [(rule: Exclusions, category: Reason.Category)] = [
            (.region, .region), (.age, .age), (.stage, .stage), (.consent, .consent), (.mustHave, .mustHave),
        ]
    }

    /// The rules other than must-haves, on terms computed before any product.
    @inlinable @inline(__always)
    public static func exclusions<Region>(_ student: StudentTerms<Region>, _ vacancy: VacancyTerms<Region>) -> Exclusions {
        var broken: Exclusions = []
        if let region = student.region, region != vacancy.region { broken.insert(.region) }
        if student.minimumAge < vacancy.minimumAge { broken.insert(.age) }
        if student.kinds & vacancy.kind == 0 { broken.insert(.stage) }
        if !student.visibleToEmployers { broken.insert(.consent) }
        return broken
    }

    /// The only region a student can work in, or nil when they would move anywhere: the region rule,
    /// and the region group `VacancyMatcher` scores them in.
    public static func onlyRegion(of student: Student) -> String? {
        student.relocation == .country ? nil : student.regionID
    }

    /// Whether a student's level of a skill meets a must-have requirement of it.
    @inlinable @inline(__always)
    public static func meetsMustHave(level: Int, required: Int) -> Bool { level >= required }

    /// The kinds of place a stage allows.
    public static func stageFits(_ stage: Stage, _ kind: Vacancy.Kind) -> Bool {
        switch (kind, stage) {
        case (.job, .graduate), (.internship, .graduate), (.internship, .college), (.dual, .college): true
        case (.job, .college(let course)): course >= 3
        case (.dual, .school(let grade)): grade >= 9
        default: false
        }
    }

    /// The requirements a student must meet to be shortlisted at all; the gate vectors encode these.
    public static func mustHaves(of vacancy: Vacancy) -> [Requirement] {
        vacancy.requirements.filter(\.mustHave)
    }

    public func studentTerms<Region>(_ student: Student, region: (String) -> Region) -> StudentTerms<Region> {
        StudentTerms(region: Self.onlyRegion(of: student).map(region), minimumAge: Int32(student.minimumAge(in: ageYear)),
                     kinds: Vacancy.Kind.allCases.reduce(0) { Self.stageFits(student.stage, $1) ? $0 | $1.bit : $0 },
                     visibleToEmployers: student.isVisibleToEmployers(in: ageYear))
    }

    public static func vacancyTerms<Region>(_ vacancy: Vacancy, region: (String) -> Region) -> VacancyTerms<Region> {
        VacancyTerms(region: region(vacancy.regionID), minimumAge: Int32(vacancy.minimumAge), kind: vacancy.kind.bit)
    }

    // MARK: - Why not

    /// Why a pair is not eligible.
    public enum Reason: Sendable, Hashable, Codable {
        case region(studentRegion: String, vacancyRegion: String, relocation: Relocation)
        case age(minimum: Int, studentMinimumAge: Int)
        case stage(kind: Vacancy.Kind, stage: String)
        case consent
        case mustHave(skillID: String, required: Int, has: Int)

        /// The groups of reasons an exclusion summary counts, in the order it lists them. The raw values
        /// are the keys of the shortlist's JSON summary.
        public enum Category: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
            case region, age, stage, consent, mustHave = "must-have"
        }

        /// This reason's group in an exclusion summary.
        public var category: Category {
            switch self {
            case .region: .region
            case .age: .age
            case .stage: .stage
            case .consent: .consent
            case .mustHave: .mustHave
            }
        }
    }

    /// Every reason the pair is ineligible (empty when it is eligible), in the order of the rules.
    public func reasons(_ student: Student, _ vacancy: Vacancy) -> [Reason] {
        let broken = Self.exclusions(studentTerms(student) { $0 }, Self.vacancyTerms(vacancy) { $0 })
        var reasons: [Reason] = []
        if broken.contains(.region) {
            reasons.append(.region(studentRegion: student.regionID, vacancyRegion: vacancy.regionID, relocation: student.relocation))
        }
        if broken.contains(.age) { reasons.append(.age(minimum: vacancy.minimumAge, studentMinimumAge: student.minimumAge(in: ageYear))) }
        if broken.contains(.stage) { reasons.append(.stage(kind: vacancy.kind, stage: student.stage.name)) }
        if broken.contains(.consent) { reasons.append(.consent) }
        let levels = Dictionary(uniqueKeysWithValues: student.effectiveSkills.map { ($0.skillID, $0.level) })
        for requirement in Self.mustHaves(of: vacancy) {
            let has = levels[requirement.skillID] ?? 0
            if !Self.meetsMustHave(level: has, required: requirement.level) { reasons.append(.mustHave(skillID: requirement.skillID, required: requirement.level, has: has)) }
        }
        return reasons
    }
}

extension Vacancy.Kind {
    /// The kind's bit in `Eligibility.StudentTerms.kinds`.
    public var bit: UInt8 { UInt8(1) << UInt8(Self.allCases.firstIndex(of: self)!) }
}
