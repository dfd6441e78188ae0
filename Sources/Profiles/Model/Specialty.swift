/// A TVET specialty from the national classifier (or one whose code is not yet confirmed).
public struct Specialty: Sendable, Hashable, Codable, Identifiable {
    /// The 8-digit code where known, otherwise `x-<slug>`.
    public var id: String
    /// The 8-digit classifier code; nil where no code is confirmed (never invented).
    public var code: String?
    public var confirmed: Bool
    public var name: LocalizedText
    public var qualifications: [String]
    /// Holland interest code, strongest first, e.g. `[.realistic, .conventional]`.
    public var interestCode: [RIASEC]
    /// Subject ids whose grades predict success, most important first.
    public var keySubjects: [String]
    /// What a graduate can do, with the level reached.
    public var skills: [SkillLevel]
    public var note: String?

    public init(
        id: String, code: String?, confirmed: Bool, name: LocalizedText, qualifications: [String],
        interestCode: [RIASEC], keySubjects: [String], skills: [SkillLevel], note: String?
    ) {
        self.id = id
        self.code = code
        self.confirmed = confirmed
        self.name = name
        self.qualifications = qualifications
        self.interestCode = interestCode
        self.keySubjects = keySubjects
        self.skills = skills
        self.note = note
    }
}
