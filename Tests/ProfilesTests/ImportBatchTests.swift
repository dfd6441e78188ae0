import Foundation
import GRDB
import Testing
@testable import Profiles
import TestSupport

/// The import's fast path — records read on one thread and stored on another, `upsertBatchSize` at a
/// time with multi-row statements — against oracles that do not go through it: the rows a student is,
/// written out by hand from the generated values, in the order one-by-one inserts left them.
@Suite("Import in batches: the same rows as one by one, idempotent, all or nothing")
struct ImportBatchTests {
    /// More than two batches, with a last one that is not full.
    static let count = 2 * MatchDatabase.upsertBatchSize + 37

    /// A database over a queue the test can read with SQL.
    func database() throws -> (MatchDatabase, DatabaseQueue) {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        let database = try MatchDatabase(queue)
        try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 0, seed: 1, referenceYear: Fixtures.referenceYear).build(into: database)
        return (database, queue)
    }

    func importer(_ database: MatchDatabase, skipInvalid: Bool = false) -> Importer {
        var options = Importer.Options(skipInvalid: skipInvalid)
        options.referenceYear = Fixtures.referenceYear
        return Importer(database: database, options: options)
    }

    func cohort(_ database: MatchDatabase, seed: UInt64) throws -> [Student] {
        Array(IteratorSequence(CohortGenerator(catalogue: try database.catalogue(), count: Self.count, seed: seed, referenceYear: Fixtures.referenceYear)))
    }

    func csv(_ students: [Student], extraRows: [String] = []) throws -> String {
        let header = (Student.csvColumns + Student.schoolColumns).joined(separator: ",")
        let rows = students.map { $0.csvCellsWithSchool.map(CSVText.cell).joined(separator: ",") }
        return try Fixtures.file("students.csv", ([header] + rows + extraRows).joined(separator: "\n") + "\n")
    }

    /// The three tables, in the order their rows were inserted.
    func tables(_ queue: DatabaseQueue) throws -> [[String]] {
        try queue.read { db in
            try ["""
                SELECT id, stage, year, region_id, town, settlement, relocation, birth_year, guardian_consent, specialty_id,
                       college_id, interest_r, interest_i, interest_a, interest_s, interest_e, interest_c, languages,
                       school_language, sex, school_id, class_name, record_hash FROM student ORDER BY rowid
                """,
                 "SELECT student_id, subject_id, grade FROM student_grade ORDER BY rowid",
                 "SELECT student_id, skill_id, level, evidence FROM student_skill ORDER BY rowid"].map { sql in
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(\.description).joined(separator: "|") }
            }
        }
    }

    /// What one-by-one inserts of `students`, in this order, leave in the three tables.
    func expectedTables(_ students: [Student]) throws -> [[String]] {
        func value(_ value: (any DatabaseValueConvertible)?) -> String { (value?.databaseValue ?? .null).description }
        let profiles = try students.map { s in
            [value(s.id), value(s.stage.name), value(s.stage.year), value(s.regionID), value(s.town), value(s.settlement.rawValue),
             value(s.relocation.rawValue), value(s.birthYear), value(s.guardianConsent), value(s.specialtyID), value(s.collegeID)]
                + RIASEC.allCases.map { value(s.interests[$0]) }
                + [value(s.languages.map(\.rawValue).joined(separator: ";")), value(s.schoolLanguage.rawValue), value(s.sex?.rawValue),
                   value(s.schoolID), value(s.className), value(try s.contentHash())]
        }.map { $0.joined(separator: "|") }
        let grades = students.flatMap { s in s.grades.keys.sorted().map { [value(s.id), value($0), value(s.grades[$0]!)].joined(separator: "|") } }
        let skills = students.flatMap { s in s.skills.map { [value(s.id), value($0.skillID), value($0.level), value($0.evidence.rawValue)].joined(separator: "|") } }
        return [profiles, grades, skills]
    }

    @Test("a generated cohort imports to exactly the rows one-by-one inserts make", arguments: [UInt64(4), 11])
    func sameRowsAsOneByOne(seed: UInt64) throws {
        let (database, queue) = try database()
        let students = try cohort(database, seed: seed)
        let report = try importer(database).run([try csv(students)])
        #expect((report.files[0].read, report.files[0].new, report.files[0].invalid) == (Self.count, Self.count, 0))
        let stored = try tables(queue), expected = try expectedTables(students)
        #expect(stored[0] == expected[0])
        #expect(stored[1] == expected[1])
        #expect(stored[2] == expected[2])
        #expect(stored[1].count > 2 * SQLiteLimits.boundValues && !stored[2].isEmpty)  // the grades span several statements
    }

    @Test("a second import changes nothing; one that changes a few students rewrites just those")
    func idempotentAndChangedInPlace() throws {
        let (database, queue) = try database()
        var students = try cohort(database, seed: 5)
        let path = try csv(students)
        _ = try importer(database).run([path])
        let before = try tables(queue), fingerprint = try database.dataFingerprint()

        let again = try importer(database).run([path]).files[0]
        #expect((again.new, again.changed, again.unchanged) == (0, 0, Self.count))
        #expect(try tables(queue) == before && database.dataFingerprint() == fingerprint)

        // Three students in different batches change their grades and skills; one new student comes last.
        for index in [3, MatchDatabase.upsertBatchSize, Self.count - 1] {
            students[index].grades = students[index].grades.mapValues { $0 == 5 ? 4 : 5 }
            students[index].skills = []
        }
        var newcomer = students[0]
        newcomer.id = "st-newcomer"
        let changed = try importer(database).run([try csv(students + [newcomer])]).files[0]
        #expect((changed.new, changed.changed, changed.unchanged) == (1, 3, Self.count - 3))
        let after = try tables(queue), expected = try expectedTables(students + [newcomer])
        // Updated in place (same rowid), their child rows replaced at the end of the tables.
        #expect(after[0] == expected[0])
        #expect(Set(after[1]) == Set(expected[1]) && after[1].count == expected[1].count)
        #expect(Set(after[2]) == Set(expected[2]) && after[2].count == expected[2].count)
    }

    @Test("an invalid last row leaves the database as it was")
    func allOrNothing() throws {
        let (database, queue) = try database()
        let students = try cohort(database, seed: 6)
        let fingerprint = try database.dataFingerprint()
        var bad = students[0].csvCellsWithSchool
        bad[0] = "st-last"
        bad[3] = "atlantis"
        let failure = #expect(throws: ImportFailure.self) {
            try importer(database).run([try csv(students, extraRows: [bad.map(CSVText.cell).joined(separator: ",")])])
        }
        #expect(failure?.problems.map(\.line) == [Self.count + 2] && failure?.problems.first?.field == "region")
        #expect(try database.studentCount() == 0 && database.dataFingerprint() == fingerprint)
        #expect(try tables(queue).allSatisfy(\.isEmpty))
    }

    @Test("with skipInvalid, every valid row is stored and the invalid ones are reported where they are")
    func skipInvalid() throws {
        let (database, queue) = try database()
        var students = try cohort(database, seed: 7)
        var cells = students.map(\.csvCellsWithSchool)
        let middle = MatchDatabase.upsertBatchSize - 1
        cells[middle][7] = "1850"  // birth year out of range
        cells[Self.count - 1][3] = "atlantis"
        let header = (Student.csvColumns + Student.schoolColumns).joined(separator: ",")
        let path = try Fixtures.file("students.csv", ([header] + cells.map { $0.map(CSVText.cell).joined(separator: ",") }).joined(separator: "\n"))
        let report = try importer(database, skipInvalid: true).run([path])
        #expect(report.committed && report.files[0].new == Self.count - 2 && report.files[0].invalid == 2)
        #expect(report.problems.map(\.line) == [middle + 2, Self.count + 1])
        #expect(report.problems.map(\.field) == ["birth_year", "region"])
        students.remove(at: Self.count - 1)
        students.remove(at: middle)
        #expect(try tables(queue) == expectedTables(students))
    }

    @Test("the hand-off keeps order, holds at most its capacity, and a cancel stops the putter")
    func handOff() throws {
        let handOff = HandOff<Int>(capacity: 2)
        let thread = Thread {
            for start in stride(from: 0, to: 10_000, by: 100) where !handOff.put(Array(start..<start + 100)) { break }
            handOff.finish()
        }
        thread.start()
        var taken: [Int] = []
        while let batch = handOff.take() { taken += batch }
        #expect(taken == Array(0..<10_000))

        let stopped = HandOff<Int>(capacity: 1)
        let puts = Counter()
        let putter = Thread {
            while stopped.put([1]) { puts.add() }
            stopped.finish()
        }
        putter.start()
        #expect(stopped.take() == [1])
        stopped.cancelAndWait()  // returns only once the putter has finished
        let count = puts.value
        #expect(count >= 1 && count <= 3)
        #expect(stopped.take() == nil)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
