import Foundation
import Testing
import Profiles
import TestSupport

/// `pupil grades`, `pupil skill`, `import --kind answers` and `result` as a person runs them: words in
/// their language, errors naming what is wrong, every write in the audit log under the pupil's token.
@Suite("Pupil commands", .serialized)
struct PupilCommandTests {
    static func prepared() throws -> (CLIRunner, Student) {
        let cli = try CLIRunner()
        let built = try cli.run(["init", "--students", "60", "--seed", "4"], data: Fixtures.shippedData)
        #expect(built.status == 0, "\(built.stderr)")
        let pupil = try #require(try MatchDatabase(path: cli.database).students().first { $0.stage.isSchool })
        return (cli, pupil)
    }

    @Test func gradesAndSkillsAreStoredAndAuditedUnderTheToken() throws {
        let (cli, pupil) = try Self.prepared()
        let data = Fixtures.shippedData
        // When the pupil's grades and a competition skill are recorded, and their result page written
        let grades = try cli.run(["pupil", "grades", "--student", pupil.id, "math=5", "Физика=4", "--lang", "ru"], data: data)
        #expect(grades.status == 0, "\(grades.stderr)")
        #expect(grades.stdout.contains("Математика") && grades.stdout.contains("Физика"))
        let skill = try cli.run(["pupil", "skill", "--student", pupil.id, "--skill", "газовая сварка", "--level", "3", "--evidence", "competition",
                                 "--lang", "kk"], data: data)
        #expect(skill.status == 0, "\(skill.stderr)")
        #expect(skill.stdout.contains("Газбен дәнекерлеу") && skill.stdout.contains("жарыс"))
        let page = try cli.run(["result", "--student", pupil.id, "--lang", "en", "--out", "result.html"], data: data)
        #expect(page.status == 0, "\(page.stderr)")
        let html = try String(contentsOf: cli.folder.appendingPathComponent("result.html"), encoding: .utf8)
        #expect(html.contains("This is advice, not a decision"))
        // Then they are stored
        let stored = try #require(try MatchDatabase(path: cli.database).student(id: pupil.id))
        #expect(stored.grades["math"] == 5 && stored.grades["physics"] == 4)
        #expect(stored.skills.contains(StudentSkill(skillID: "gas-welding", level: 3, evidence: .competition)))
        // and each run is in the audit log under the pupil's random token, never the id
        let database = try MatchDatabase(path: cli.database)
        let token = try #require(try database.auditTokens(ofStudents: [pupil.id])[pupil.id])
        let records = try database.auditLog().filter { ["pupil grades", "pupil skill", "result"].contains($0.command) }
        #expect(records.map(\.command) == ["pupil grades", "pupil skill", "result"])
        #expect(records.allSatisfy { $0.parameters["student"] == token })
    }

    @Test func anAmbiguousSkillListsTheCandidatesAndABadGradeIsRefusedInTheUsersLanguage() throws {
        let (cli, pupil) = try Self.prepared()
        let data = Fixtures.shippedData
        let ambiguous = try cli.run(["pupil", "skill", "--student", pupil.id, "--skill", "сварка", "--level", "3", "--lang", "ru"], data: data)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("так называются несколько навыков") && ambiguous.stderr.contains("'gas-welding' (Газовая сварка)"), "\(ambiguous.stderr)")
        let grade = try cli.run(["pupil", "grades", "--student", pupil.id, "math=7", "--lang", "kk"], data: data)
        #expect(grade.status == 1 && grade.stderr.contains("баға 7"), "\(grade.stderr)")
        let malformed = try cli.run(["pupil", "grades", "--student", pupil.id, "math", "--lang", "en"], data: data)
        #expect(malformed.status != 0 && malformed.stderr.contains("expected subject=grade"), "\(malformed.stderr)")
        // Nothing was stored
        #expect(try MatchDatabase(path: cli.database).student(id: pupil.id)?.grades == pupil.grades)
    }

    @Test func answerSheetsImportWithProblemsNamedInTheUsersLanguage() throws {
        let (cli, pupil) = try Self.prepared()
        let bank = try ItemBank.load(from: Fixtures.shippedData)
        let header = (["student", "form", "language"] + bank.items(.short).map(\.id)).joined(separator: ",")
        let good = ([pupil.id, "short", "kk"] + bank.items(.short).map { $0.type == .realistic ? "5" : "2" }).joined(separator: ",")
        let bad = (["st-nobody", "short", "kk"] + bank.items(.short).map { $0.id == "R01" ? "0" : "3" }).joined(separator: ",")
        try Data([header, good, bad].joined(separator: "\n").utf8).write(to: cli.folder.appendingPathComponent("answers.csv"))
        // All or nothing: both problems of line 3 are said in Kazakh, and nothing is stored
        let refused = try cli.run(["import", "answers.csv", "--lang", "kk"], data: Fixtures.shippedData)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("answers.csv:3: өріс 'student' = 'st-nobody': белгісіз білім алушы"), "\(refused.stderr)")
        #expect(refused.stderr.contains("answers.csv:3: өріс 'R01' = '0': жауап: 1…5 аралығында болуы керек"), "\(refused.stderr)")
        #expect(try MatchDatabase(path: cli.database).answers(of: pupil.id) == nil)
        // With --skip-invalid the good sheet is stored and becomes the pupil's interests (exit 3)
        let partial = try cli.run(["import", "answers.csv", "--skip-invalid"], data: Fixtures.shippedData)
        #expect(partial.status == 3, "\(partial.stderr)")
        #expect(try MatchDatabase(path: cli.database).student(id: pupil.id)?.interests[.realistic] == 1)
    }
}
