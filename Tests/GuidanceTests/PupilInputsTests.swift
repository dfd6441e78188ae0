import Foundation
import Testing
import Profiles
@testable import Guidance
import Localization
@testable import Presentation
import Matcher
import TestSupport

/// Grades and skills from the pupil: subjects and skills named as people type them in kk, ru or en; a
/// name several skills share lists them to pick from; bad values store nothing.
@Suite("The pupil's own grades and skills")
struct PupilInputsTests {
    static func engine() throws -> (MatchEngine, Student) {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 30, seed: 3, referenceYear: Fixtures.referenceYear).build(into: database)
        let engine = MatchEngine(store: database)
        return (engine, try #require(try engine.snapshot().students.first { $0.stage.isSchool }))
    }

    @Test func gradesByNameInAnyLanguageReplaceOnlyThoseSubjects() throws {
        let (engine, pupil) = try Self.engine()
        let untouched = pupil.grades.filter { !["math", "physics", "kazakh", "english"].contains($0.key) }
        // When grades are given by id, by a Russian, a Kazakh and an English name
        let inputs = try engine.recordGrades(GradesRequest(studentID: pupil.id, grades: [
            .init(subject: "math", grade: 5), .init(subject: "физика", grade: 2), .init(subject: "Қазақ тілі", grade: 3),
            .init(subject: "English language", grade: 4),
        ]))
        // Then those four are stored and the pupil's other grades stay
        let stored = try #require(try engine.store.student(id: pupil.id))
        #expect(stored.grades["math"] == 5 && stored.grades["physics"] == 2 && stored.grades["kazakh"] == 3 && stored.grades["english"] == 4)
        #expect(untouched.allSatisfy { stored.grades[$0.key] == $0.value })
        #expect(inputs.student.grades == stored.grades)
        #expect(try inputs.render(.table).contains("Физика"))
    }

    @Test func aBadSubjectOrGradeStoresNothing() throws {
        let (engine, pupil) = try Self.engine()
        #expect(throws: GuidanceError.outOfRange(.grade, value: 6, lower: 1, upper: 5)) {
            try engine.recordGrades(GradesRequest(studentID: pupil.id, grades: [.init(subject: "math", grade: 5), .init(subject: "physics", grade: 6)]))
        }
        let error = try #require(throws: GuidanceError.self) {
            try engine.recordGrades(GradesRequest(studentID: pupil.id, grades: [.init(subject: "math", grade: 5), .init(subject: "xyzzy", grade: 4)]))
        }
        guard case .unknownName(.subject, "xyzzy", _) = error else { Issue.record("\(error)"); return }
        #expect(try engine.store.student(id: pupil.id)?.grades == pupil.grades)
        #expect(throws: GuidanceError.self) { try engine.recordGrades(GradesRequest(studentID: "st-nobody", grades: [])) }
    }

    @Test func skillsByNameWithLevelAndEvidenceAndAnAmbiguousNameListsTheCandidates() throws {
        let (engine, pupil) = try Self.engine()
        // A name several skills share is not taken for one: the candidates are listed with their names
        let error = try #require(throws: GuidanceError.self) {
            try engine.recordSkill(SkillRequest(studentID: pupil.id, skill: "сварка", level: 3, evidence: .competition))
        }
        guard case .severalNamed(.skill, "сварка", let candidates) = error else { Issue.record("\(error)"); return }
        #expect(candidates.map(\.id).contains("mma-welding") && candidates.map(\.id).contains("gas-welding"))
        let message = Words(.ru).message(forGuidance: error)
        #expect(message.contains("'mma-welding' (Ручная дуговая сварка)"), "\(message)")
        // A full name in Russian or Kazakh finds the one skill; a competition counts at face value
        _ = try engine.recordSkill(SkillRequest(studentID: pupil.id, skill: "ручная дуговая сварка", level: 3, evidence: .competition))
        let inputs = try engine.recordSkill(SkillRequest(studentID: pupil.id, skill: "Python тілінде бағдарламалау", level: 2, evidence: .course))
        let skills = Dictionary(uniqueKeysWithValues: inputs.document.skills.map { ($0.skillID, $0) })
        #expect(skills["mma-welding"]?.level == 3 && skills["mma-welding"]?.evidence == "competition" && skills["mma-welding"]?.confidence == 1)
        #expect(skills["python"]?.confidence == ScoringWeights.confidence(.course))
        // Recording it again replaces it; removing it removes it
        _ = try engine.recordSkill(SkillRequest(studentID: pupil.id, skill: "mma-welding", level: 4, evidence: .certificate))
        #expect(try engine.store.student(id: pupil.id)?.skills.first { $0.skillID == "mma-welding" } == StudentSkill(skillID: "mma-welding", level: 4, evidence: .certificate))
        _ = try engine.recordSkill(SkillRequest(studentID: pupil.id, skill: "python", level: 0, evidence: .selfReported, remove: true))
        #expect(try engine.store.student(id: pupil.id)?.skills.contains { $0.skillID == "python" } == false)
        // A level outside 1–5 stores nothing
        #expect(throws: GuidanceError.outOfRange(.level, value: 7, lower: 1, upper: 5)) {
            try engine.recordSkill(SkillRequest(studentID: pupil.id, skill: "python", level: 7, evidence: .course))
        }
    }

    @Test func aCompetitionWeldingSkillRaisesWeldingInTheRecommendation() throws {
        let (engine, _) = try Self.engine()
        func weldingScore(_ id: String) throws -> Double? {
            guard case .specialties(let list) = try engine.recommend(RecommendationRequest(studentID: id, top: 100)) else { return nil }
            return list.items.first { $0.specialtyID == "07150500" }?.score
        }
        // Given a pupil with welding taught within reach
        let pupil = try #require(try engine.snapshot().students.first { $0.stage.isSchool && (try? weldingScore($0.id)) != nil
            && !$0.skills.contains { $0.skillID == "mma-welding" } })
        let before = try #require(try weldingScore(pupil.id))
        // When they record welding at level 3 from a competition
        _ = try engine.recordSkill(SkillRequest(studentID: pupil.id, skill: "mma-welding", level: 3, evidence: .competition))
        // Then welding's score rises
        #expect(try #require(try weldingScore(pupil.id)) > before)
    }
}
