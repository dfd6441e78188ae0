import Foundation
import Testing
@testable import Profiles
import TestSupport

/// The store's records and transactions: what is written reads back the same, a changed profile replaces
/// its child rows whole, and an import is one transaction.
@Suite("Store: records read back as written, one transaction per import")
struct StoreTests {
    struct Cancelled: Error {}

    static let header = Student.csvColumns.joined(separator: ",")

    /// A college student with the given grades and skills cells.
    static func studentRow(grades: String, skills: String) -> String {
        "st-1,college,2,karaganda,,urban,region,2007,,07150500,karaganda-poly,\(grades),R:0.9;I:0.3;A:0.1;S:0.2;E:0.3;C:0.5,\(skills),kk;ru,kk,male"
    }

    func importer(_ database: MatchDatabase) -> Importer {
        var options = Importer.Options()
        options.referenceYear = Fixtures.referenceYear
        return Importer(database: database, options: options)
    }

    @Test func aChangedStudentReplacesTheirGradesAndSkillsWhole() throws {
        // Given a student stored with two grades and one skill
        let database = try Fixtures.database()
        let first = Self.studentRow(grades: "math:4;physics:5", skills: "mma-welding:3:certificate")
        _ = try importer(database).run([try Fixtures.file("students.csv", Self.header + "\n" + first + "\n")])
        // (the profile, two grades, one skill and the audit token)
        #expect(try database.storedRowCount(aboutStudent: "st-1") == 1 + 2 + 1 + 1)
        // When the same student is imported with one grade and another skill
        let second = Self.studentRow(grades: "math:3", skills: "kazakh-language:4:course")
        let report = try importer(database).run([try Fixtures.file("students.csv", Self.header + "\n" + second + "\n")])
        // Then the student changed, and only the new grades and skills are stored
        #expect(report.files[0].changed == 1)
        #expect(try database.storedRowCount(aboutStudent: "st-1") == 1 + 1 + 1 + 1)
        let student = try #require(try database.student(id: "st-1"))
        #expect(student.grades == ["math": 3])
        #expect(student.skills == [StudentSkill(skillID: "kazakh-language", level: 4, evidence: .course)])
    }

    @Test func generatedVacanciesReadBackAsTheyWereStored() throws {
        // Given vacancies generated from the fixture catalogue
        let database = try Fixtures.database()
        let generated = Array(IteratorSequence(VacancyGenerator(catalogue: try database.catalogue(), count: 50, seed: 3)))
        // When they are stored and the catalogue is read again
        let counts = try database.storeGenerated(generated)
        #expect(counts.new == generated.count)
        let stored = Dictionary(uniqueKeysWithValues: try database.catalogue().vacancies.map { ($0.id, $0) })
        // Then each reads back the same: specialties in their listed order, requirements by skill id
        for vacancy in generated {
            var expected = vacancy
            expected.requirements.sort { $0.skillID < $1.skillID }
            #expect(stored[vacancy.id] == expected)
        }
        #expect(try database.foreignKeyViolations().isEmpty)
    }

    @Test func anImportBatchIsOneTransaction() throws {
        // Given a database with a generated cohort and a new student to store
        let database = try Fixtures.database(students: 5)
        var student = try #require(try database.students().first)
        student.id = "st-new"
        // When a batch stores it and then rolls back, or throws, nothing is kept
        var outcomes: [UpsertOutcome] = []
        try database.importBatch { session in
            outcomes.append(try session.store(student))
            return .rollBack
        }
        #expect(outcomes == [.new])
        #expect(try database.student(id: "st-new") == nil)
        #expect(throws: Cancelled.self) {
            try database.importBatch { session in
                _ = try session.store(student)
                throw Cancelled()
            }
        }
        #expect(try database.student(id: "st-new") == nil)
        // When a batch commits, it is kept, and the session saw its own writes
        outcomes = []
        try database.importBatch { session in
            outcomes.append(try session.store(student))
            outcomes.append(try session.store(student))
            return .commit
        }
        #expect(outcomes == [.new, .unchanged])
        #expect(try database.student(id: "st-new") == student)
        #expect(try database.studentCount() == 6)
    }
}

@Suite("Store: a database made before students had a town")
struct StudentTownMigrationTests {
    @Test("opens, migrates and reads its students with no town")
    func migrates() throws {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("old.sqlite").path
        do {
            let database = try MatchDatabase(path: path)
            try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 30, seed: 4, referenceYear: Fixtures.referenceYear).build(into: database)
            try database.executeForTesting("""
                ALTER TABLE student DROP COLUMN town;
                DELETE FROM grdb_migrations WHERE identifier = 'v4: student town';
                """)
        }
        let database = try MatchDatabase(path: path)
        #expect(try database.hasCompletedMigrations())
        let students = try database.students()
        #expect(students.count == 30 && students.allSatisfy { $0.town == nil })
    }
}
