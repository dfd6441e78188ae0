/// A job, internship place or dual-education place offered by an enterprise.
public struct Vacancy: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var enterpriseID: String
    public var title: LocalizedText
    public var kind: Kind
    public var regionID: String
    /// Places offered.
    public var headcount: Int
    /// 18 for underground, hazardous and night work (labour law on minors).
    public var minimumAge: Int
    /// The specialties that prepare for the post, main one first, each once. The first gives the vacancy
    /// its Holland code, and the places count towards each one's demand. Not an eligibility rule: students
    /// of any specialty, or of none, are matched on their skills. Empty: no Holland code (scored on skills
    /// alone) and no specialty's demand.
    public var specialtyIDs: [String]
    public var requirements: [Requirement]

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case job, internship, dual
    }

    public static let headcountRange = 1...100_000
    public static let minimumAgeRange = 14...70

    public init(
        id: String, enterpriseID: String, title: LocalizedText, kind: Kind, regionID: String,
        headcount: Int, minimumAge: Int, specialtyIDs: [String], requirements: [Requirement]
    ) {
        self.id = id
        self.enterpriseID = enterpriseID
        self.title = title
        self.kind = kind
        self.regionID = regionID
        self.headcount = headcount
        self.minimumAge = minimumAge
        self.specialtyIDs = specialtyIDs
        self.requirements = requirements
    }
}

/// What a vacancy asks of a skill.
public struct Requirement: Sendable, Hashable, Codable {
    public var skillID: String
    public var level: Int
    /// 1 (useful) to 3 (essential): the weight of this skill in the fit.
    public var importance: Int
    /// A candidate below `level` is never shortlisted.
    public var mustHave: Bool

    public static let importanceRange = 1...3

    public init(skillID: String, level: Int, importance: Int, mustHave: Bool) {
        self.skillID = skillID
        self.level = level
        self.importance = importance
        self.mustHave = mustHave
    }
}
