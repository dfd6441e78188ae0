/// A pseudonymous student or graduate: only what matching, reporting and fairness audits need.
/// No name, address or national id is ever stored.
public struct Student: Sendable, Hashable, Codable, Identifiable {
    /// Pseudonymous id, e.g. `st-000123`.
    public var id: String
    public var stage: Stage
    public var regionID: String
    /// The town the student lives in or travels to daily (a town of the catalogue in their region); nil
    /// when not known. With `relocation = none` it bounds which colleges the student can reach.
    public var town: String?
    public var settlement: Settlement
    public var relocation: Relocation
    public var birthYear: Int
    /// A parent's or guardian's consent to share the profile; nil where not asked (adults).
    public var guardianConsent: Bool?
    /// Specialty studied at college (college students and graduates).
    public var specialtyID: String?
    public var collegeID: String?
    /// School grades 1–5 by subject id.
    public var grades: [String: Int]
    public var interests: InterestScores
    public var skills: [StudentSkill]
    public var languages: [Language]
    public var schoolLanguage: Language
    /// Kept only for fairness audits; never used in scoring.
    public var sex: Sex?
    /// The school a pupil attends and their class there ("9A"); nil for older records and non-pupils.
    public var schoolID: String?
    public var className: String?

    public init(
        id: String, stage: Stage, regionID: String, town: String? = nil, settlement: Settlement, relocation: Relocation,
        birthYear: Int, guardianConsent: Bool?, specialtyID: String?, collegeID: String?,
        grades: [String: Int], interests: InterestScores, skills: [StudentSkill],
        languages: [Language], schoolLanguage: Language, sex: Sex?, schoolID: String? = nil, className: String? = nil
    ) {
        self.schoolID = schoolID
        self.className = className
        self.id = id
        self.stage = stage
        self.regionID = regionID
        self.town = town
        self.settlement = settlement
        self.relocation = relocation
        self.birthYear = birthYear
        self.guardianConsent = guardianConsent
        self.specialtyID = specialtyID
        self.collegeID = collegeID
        self.grades = grades
        self.interests = interests
        self.skills = skills
        self.languages = languages
        self.schoolLanguage = schoolLanguage
        self.sex = sex
    }

    public static let birthYearRange = 1950...2020

    /// The skill ids of the kk, ru and en language skills in the taxonomy.
    public static let languageSkillIDs: [Language: String] = [.kk: "kazakh-language", .ru: "russian-language", .en: "english-language"]

    /// The skills scoring uses: the recorded ones, plus each declared language not recorded as a skill —
    /// the language of schooling at level 4 (course), another at level 3 (self-assessed).
    public var effectiveSkills: [StudentSkill] {
        var result = skills
        for language in languages {
            guard let id = Self.languageSkillIDs[language], !skills.contains(where: { $0.skillID == id }) else { continue }
            result.append(language == schoolLanguage
                ? StudentSkill(skillID: id, level: 4, evidence: .course)
                : StudentSkill(skillID: id, level: 3, evidence: .selfReported))
        }
        return result
    }

    /// The youngest age the student can have during `year` (birth dates are not kept, so we assume the
    /// birthday has not come yet: an age check never lets a 17-year-old through as 18).
    public func minimumAge(in year: Int) -> Int { year - birthYear - 1 }

    /// Whether the student may be under 18 during `year`.
    public func mayBeMinor(in year: Int) -> Bool { minimumAge(in: year) < 18 }

    /// Whether an employer may see this profile: adults, and minors whose guardian consented.
    public func isVisibleToEmployers(in year: Int) -> Bool {
        !mayBeMinor(in: year) || guardianConsent == true
    }
}

/// Where a person is on the way from school to work.
public enum Stage: Sendable, Hashable, Codable {
    case school(grade: Int)
    case college(course: Int)
    case graduate

    public static let gradeRange = 7...11
    public static let courseRange = 1...4

    public var name: String {
        switch self {
        case .school: "school"
        case .college: "college"
        case .graduate: "graduate"
        }
    }

    public var isSchool: Bool {
        if case .school = self { true } else { false }
    }

    /// School grade or college course; nil for graduates.
    public var year: Int? {
        switch self {
        case .school(let grade): grade
        case .college(let course): course
        case .graduate: nil
        }
    }
}

public enum Settlement: String, Sendable, Hashable, Codable, CaseIterable {
    case urban, rural
}

/// How far a student is willing to move for study or work.
public enum Relocation: String, Sendable, Hashable, Codable, CaseIterable {
    case none, region, country
}

public enum Sex: String, Sendable, Hashable, Codable, CaseIterable {
    case female, male
}

/// A skill a student has, with what shows it.
public struct StudentSkill: Sendable, Hashable, Codable {
    public var skillID: String
    public var level: Int
    public var evidence: Evidence

    public init(skillID: String, level: Int, evidence: Evidence) {
        self.skillID = skillID
        self.level = level
        self.evidence = evidence
    }

    /// What a skill level rests on, weakest first.
    public enum Evidence: String, Sendable, Hashable, Codable, CaseIterable {
        case selfReported = "self", course, certificate, internship, competition
    }
}
