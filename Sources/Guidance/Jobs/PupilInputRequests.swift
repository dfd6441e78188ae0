import Foundation
import Localization
import Matcher
import Profiles

/// A pupil's (or their counsellor's) school grades, subjects named as people type them.
public struct GradesRequest: Sendable, Hashable {
    public var studentID: String
    /// Subject (an id, or a name in kk, ru or en: `math`, «математика», «Математика») and grade 1–5.
    public var grades: [Grade]
    public var language: Language

    public struct Grade: Sendable, Hashable {
        public var subject: String
        public var grade: Int
        public init(subject: String, grade: Int) {
            self.subject = subject
            self.grade = grade
        }
    }

    public init(studentID: String, grades: [Grade], language: Language = .ru) {
        self.studentID = studentID
        self.grades = grades
        self.language = language
    }
}

/// A skill a pupil has — a hobby, a course, a certificate, a competition — named as people type it.
public struct SkillRequest: Sendable, Hashable {
    public var studentID: String
    /// An id, label or synonym in kk, ru or en, or words of one (`NameIndex`).
    public var skill: String
    public var level: Int
    public var evidence: StudentSkill.Evidence
    /// Remove the skill instead (level and evidence are then not used).
    public var remove: Bool
    public var language: Language

    public init(studentID: String, skill: String, level: Int, evidence: StudentSkill.Evidence, remove: Bool = false, language: Language = .ru) {
        self.studentID = studentID
        self.skill = skill
        self.level = level
        self.evidence = evidence
        self.remove = remove
        self.language = language
    }
}

extension MatchEngine {
    /// Sets the pupil's grades in the named subjects (the others stay), in one transaction.
    /// - Throws: `GuidanceError` for an unknown pupil, a subject no name fits or several fit, or a grade
    ///   outside 1–5; nothing is stored then.
    public func recordGrades(_ request: GradesRequest) throws -> PupilInputs {
        let snapshot = try snapshot()
        _ = try snapshot.student(request.studentID)
        let subjects = NameIndex(subjects: snapshot.catalogue.subjects)
        var grades: [String: Int] = [:]
        for entry in request.grades {
            let id = try Self.resolve(entry.subject, in: subjects, kind: .subject) { id in
                snapshot.catalogue.subjects.first { $0.id == id }?.name
            }
            guard Self.gradeRange.contains(entry.grade) else {
                throw GuidanceError.outOfRange(.grade, value: entry.grade, lower: Self.gradeRange.lowerBound, upper: Self.gradeRange.upperBound)
            }
            grades[id] = entry.grade
        }
        try store.recordGrades(grades, ofStudent: request.studentID)
        refresh()
        return try pupilInputs(request.studentID, language: request.language)
    }

    /// Adds (or replaces, or with `remove` removes) one of the pupil's skills.
    /// - Throws: `GuidanceError` for an unknown pupil, a name that fits no skill or several (listed to
    ///   pick from), or a level outside 1–5.
    public func recordSkill(_ request: SkillRequest) throws -> PupilInputs {
        let snapshot = try snapshot()
        _ = try snapshot.student(request.studentID)
        let taxonomy = snapshot.catalogue.taxonomy
        let skillID = try taxonomy.resolve(request.skill)
            ?? Self.resolve(request.skill, in: taxonomy.names, kind: .skill) { taxonomy.skill(id: $0)?.label }
        if request.remove {
            try store.removeSkill(skillID, ofStudent: request.studentID)
        } else {
            guard SkillLevel.range.contains(request.level) else {
                throw GuidanceError.outOfRange(.level, value: request.level, lower: SkillLevel.range.lowerBound, upper: SkillLevel.range.upperBound)
            }
            try store.recordSkill(StudentSkill(skillID: skillID, level: request.level, evidence: request.evidence), ofStudent: request.studentID)
        }
        refresh()
        return try pupilInputs(request.studentID, language: request.language)
    }

    /// A pupil's grades and skills as they are stored.
    public func pupilInputs(_ studentID: String, language: Language) throws -> PupilInputs {
        let snapshot = try snapshot()
        return PupilInputs(student: try snapshot.student(studentID), names: Names(snapshot.catalogue, language))
    }

    static let gradeRange = 1...5

    /// The one record a typed name names, or the error that lists the records it might mean.
    private static func resolve(_ name: String, in index: NameIndex, kind: GuidanceError.NamedKind,
                                label: (String) -> LocalizedText?) throws(GuidanceError) -> String {
        func candidates(_ matches: some Sequence<NameMatch>) -> [GuidanceError.Candidate] {
            matches.prefix(8).map { GuidanceError.Candidate(id: $0.id, name: label($0.id)) }
        }
        switch index.resolve(name) {
        case .resolved(let match): return match.id
        case .several(let matches): throw .severalNamed(kind: kind, name: name, candidates: candidates(matches))
        case .unknown(let suggestions): throw .unknownName(kind: kind, name: name, suggestions: candidates(suggestions))
        }
    }
}

/// A pupil's grades and skills, as the command shows them after a change.
public struct PupilInputs: Sendable {
    public let student: Student
    public let names: Names

    public struct Document: Sendable, Encodable {
        public var student: String
        public var grades: [Grade]
        public var skills: [Skill]
    }
    public struct Grade: Sendable, Encodable { public var subjectID: String, subject: String, grade: Int }
    public struct Skill: Sendable, Encodable {
        public var skillID: String, skill: String, level: Int
        /// `self`, `course`, `certificate`, `internship` or `competition`.
        public var evidence: String
        /// How much of the level counts in scoring (`ScoringWeights.confidence`).
        public var confidence: Double
    }

    public var document: Document {
        Document(student: student.id,
                 grades: student.grades.keys.sorted().map { Grade(subjectID: $0, subject: names.subject($0), grade: student.grades[$0]!) },
                 skills: student.skills.map {
                     Skill(skillID: $0.skillID, skill: names.skill($0.skillID), level: $0.level, evidence: $0.evidence.rawValue,
                           confidence: ScoringWeights.confidence($0.evidence))
                 })
    }
}
