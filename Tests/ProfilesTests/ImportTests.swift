import Foundation
import GRDB
import Testing
@testable import Profiles
import TestSupport

@Suite("Import: every kind, every bad-input class, all or nothing, idempotent")
struct ImportTests {
    static let studentHeader = Student.csvColumns.joined(separator: ",")
    static let goodStudent = "st-1,college,2,karaganda,,urban,region,2007,,07150500,karaganda-poly,math:4;physics:5,R:0.9;I:0.3;A:0.1;S:0.2;E:0.3;C:0.5,mma-welding:3:certificate,kk;ru,kk,male"

    /// A database file in rollback-journal mode, so a rolled-back import leaves its bytes untouched.
    func fileDatabase() throws -> (MatchDatabase, String) {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("test.sqlite").path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let database = try MatchDatabase(DatabaseQueue(path: path, configuration: configuration))
        try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 20, seed: 1, referenceYear: Fixtures.referenceYear).build(into: database)
        return (database, path)
    }

    func importer(_ database: MatchDatabase, _ options: Importer.Options = .init()) -> Importer {
        var options = options
        options.referenceYear = Fixtures.referenceYear
        return Importer(database: database, options: options)
    }

    @Test func everyCatalogueKindImports() throws {
        // Given the fixture catalogue (built through the importer)
        let counts = try Fixtures.database().statistics().counts
        // Then every kind is there
        #expect(counts["skills"] == 16 && counts["subjects"] == 6 && counts["regions"] == 4)
        #expect(counts["specialties"] == 5 && counts["colleges"] == 3 && counts["enterprises"] == 3 && counts["vacancies"] == 4)
    }

    @Test func studentsImportAndReimportIsIdempotent() throws {
        let database = try Fixtures.database()
        let path = try Fixtures.file("students.csv", Self.studentHeader + "\n" + Self.goodStudent + "\n")
        let first = try importer(database).run([path]).files[0]
        #expect((first.new, first.changed, first.unchanged) == (1, 0, 0))
        let second = try importer(database).run([path]).files[0]
        #expect((second.new, second.changed, second.unchanged) == (0, 0, 1))
        #expect(try database.studentCount() == 1)
        let student = try #require(try database.student(id: "st-1"))
        #expect(student.skills == [StudentSkill(skillID: "mma-welding", level: 3, evidence: .certificate)])
        #expect(student.stage == .college(course: 2) && student.grades["physics"] == 5 && student.interests[.realistic] == 0.9)
    }

    @Test func generatedStudentsRoundTripThroughCSV() throws {
        let database = try Fixtures.database()
        let generated = Array(IteratorSequence(CohortGenerator(catalogue: try database.catalogue(), count: 200, seed: 9, referenceYear: Fixtures.referenceYear)))
        let header = (Student.csvColumns + Student.schoolColumns).joined(separator: ",")
        let text = ([header] + generated.map { $0.csvCellsWithSchool.map(CSVText.cell).joined(separator: ",") }).joined(separator: "\n")
        let report = try importer(database).run([try Fixtures.file("students.csv", text)])
        #expect(report.files[0].new == 200)
        let stored = try database.students()
        #expect(stored.map(\.id) == generated.map(\.id).sorted())
        let byID = Dictionary(uniqueKeysWithValues: generated.map { ($0.id, $0) })
        for student in stored {
            var expected = byID[student.id]!
            expected.skills.sort { $0.skillID < $1.skillID }
            #expect(student == expected)
        }
    }

    @Test func readsBOMCRLFQuotedFieldsAndKazakhLetters() throws {
        let database = try Fixtures.database()
        let text = "\u{FEFF}id,name_kk,name_ru,name_en,region,town,sector,note\r\n"
            + "qazaq-print,\"Қазақ баспасы, ӘҒҚҢӨҰҮҺІ\",\"Типография \"\"Алма\"\"\",Print house,almaty-city,Almaty,printing,\"first line\r\nsecond line\"\r\n"
        let report = try importer(database).run([try Fixtures.file("enterprises.csv", text)])
        #expect(report.files[0].new == 1)
        let enterprise = try #require(try database.catalogue().enterprises.first { $0.id == "qazaq-print" })
        #expect(enterprise.name.kk == "Қазақ баспасы, ӘҒҚҢӨҰҮҺІ")
        #expect(enterprise.name.ru == "Типография \"Алма\"")
        #expect(enterprise.note == "first line\r\nsecond line")
    }

    @Test("a semicolon-separated file (Excel in kk and ru locales) imports like a comma-separated one")
    func semicolonSeparatedFilesImport() throws {
        // Given the same student, with semicolons between fields and the list cells quoted, as Excel writes it
        let database = try Fixtures.database()
        let cells = Self.goodStudent.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.contains(";") ? "\"\($0)\"" : String($0) }
        let text = "\u{FEFF}" + Student.csvColumns.joined(separator: ";") + "\r\n" + cells.joined(separator: ";") + "\r\n"
        // (named so that the kind must be told from the header)
        let report = try importer(database).run([try Fixtures.file("export.csv", text)])

        #expect(report.files[0].kind == .students && report.files[0].new == 1)
        let student = try #require(try database.student(id: "st-1"))
        #expect(student.grades == ["math": 4, "physics": 5] && student.languages == [.kk, .ru])

        // And a bad cell in such a file is reported at its line and field
        let bad = text + cells.map { $0 == "karaganda" ? "atlantis" : $0 }.joined(separator: ";").replacingOccurrences(of: "st-1;", with: "st-2;") + "\r\n"
        let failure = #expect(throws: ImportFailure.self) { try importer(database).run([try Fixtures.file("students.csv", bad)]) }
        let problems = failure?.problems ?? []
        #expect(problems.count == 1 && problems.first?.line == 3 && problems.first?.field == "region")
    }

    /// Each bad input is reported with its line and field, and the database file is byte-for-byte unchanged.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var name: String, row: String, line: Int, field: String?
        var testDescription: String { name }
    }

    static func bad(_ name: String, _ from: String, _ to: String, _ field: String?) -> BadInput {
        BadInput(name: name, row: goodStudent.replacingOccurrences(of: from, with: to), line: 3, field: field)
    }

    static let badInputs: [BadInput] = [
        BadInput(name: "wrong column count", row: "st-2,college,2,karaganda", line: 3, field: nil),
        bad("unknown region", "karaganda,,urban", "atlantis,,urban", "region"),
        bad("unknown skill", "mma-welding:3", "welding:3", "skills"),
        bad("unknown specialty", "07150500", "07150599", "specialty"),
        bad("unknown college", "karaganda-poly", "nowhere", "college"),
        bad("level out of range", "mma-welding:3", "mma-welding:6", "skills"),
        bad("NaN interest", "R:0.9", "R:NaN", "interests"),
        bad("infinite interest", "R:0.9", "R:inf", "interests"),
        bad("interest out of range", "R:0.9", "R:1e400", "interests"),
        bad("birth year out of range", "2007", "1800", "birth_year"),
        bad("missing required field", ",kk,male", ",,male", "school_language"),
        bad("duplicate id", "st-1,", "st-0,", "id"),
        bad("minor without consent field", "2007,,", "2012,,", "guardian_consent"),
    ]

    @Test(arguments: badInputs)
    func badInputIsReportedAndNothingIsWritten(input: BadInput) throws {
        let (name, badRow, line, field) = (input.name, input.row, input.line, input.field)
        // Given a database file and a CSV whose second data row (line 3) is bad
        let (database, path) = try fileDatabase()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let csv = Self.studentHeader + "\n" + Self.goodStudent.replacingOccurrences(of: "st-1,", with: "st-0,") + "\n" + badRow + "\n"
        let file = try Fixtures.file("students.csv", csv)
        // When it is imported
        let failure = #expect(throws: ImportFailure.self) { try importer(database).run([file]) }
        // Then exactly that problem is reported, at that line and field, and nothing was written
        #expect(failure?.problems.count == 1, "\(name): \(failure?.problems ?? [])")
        #expect(failure?.problems.first?.line == line, "\(name)")
        #expect(failure?.problems.first?.field == field, "\(name)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(name)")
        #expect(try database.studentCount() == 20)
    }

    @Test func reportsEveryProblemNotJustTheFirst() throws {
        let database = try Fixtures.database()
        let generated = IteratorSequence(CohortGenerator(catalogue: try database.catalogue(), count: 100, seed: 4, referenceYear: Fixtures.referenceYear))
        var rows = generated.map { $0.csvCells }
        rows[9][3] = "karagand"                        // line 11
        rows[39][11] = "math:7;physics:4"              // line 41
        rows[76][13] = "welding:3:course"              // line 78
        let text = ([Student.csvColumns] + rows).map { $0.map(CSVText.cell).joined(separator: ",") }.joined(separator: "\n")
        let failure = #expect(throws: ImportFailure.self) { try importer(database).run([try Fixtures.file("students.csv", text)]) }
        #expect(failure?.problems.map(\.line) == [11, 41, 78])
        #expect(failure?.problems.map(\.field) == ["region", "grades", "skills"])
        #expect(failure?.problems[0].description == "students.csv:11: field 'region' = 'karagand': unknown region (did you mean 'karaganda'?)")
        #expect(try database.studentCount() == 0)
    }

    @Test("every problem of a row is reported, not only those found before the row was known to be invalid")
    func everyProblemOfARowIsReported() throws {
        // Given a minor with no guardian consent and an unknown skill, and a row repeating an earlier id with an unknown region
        let database = try Fixtures.database()
        let both = Self.goodStudent.replacingOccurrences(of: "st-1,", with: "st-2,")
            .replacingOccurrences(of: "2007,,", with: "2012,,").replacingOccurrences(of: "mma-welding:3", with: "welding:3")
        let repeated = Self.goodStudent.replacingOccurrences(of: "karaganda,,urban", with: "karagand,,urban")
        let file = try Fixtures.file("students.csv", [Self.studentHeader, Self.goodStudent, both, repeated].joined(separator: "\n"))
        // When it is imported
        let failure = #expect(throws: ImportFailure.self) { try importer(database).run([file]) }
        // Then each row's problems are all there, with line, field, value and reason
        let problems = failure?.problems ?? []
        #expect(problems.map(\.line) == [3, 3, 4, 4], "\(problems)")
        #expect(problems.map(\.field) == ["guardian_consent", "skills", "region", "id"], "\(problems)")
        #expect(problems.map(\.value) == [nil, "welding", "karagand", "st-1"])
        #expect(problems.allSatisfy { $0.file == "students.csv" && !$0.reason.isEmpty })
    }

    @Test func skipInvalidStoresTheValidRecordsAndDryRunStoresNone() throws {
        let database = try Fixtures.database()
        let bad = Self.goodStudent.replacingOccurrences(of: "st-1,", with: "st-2,").replacingOccurrences(of: "karaganda,,urban", with: "mars,,urban")
        let file = try Fixtures.file("students.csv", [Self.studentHeader, Self.goodStudent, bad].joined(separator: "\n"))
        let dry = try importer(database, .init(dryRun: true, skipInvalid: true)).run([file])
        #expect(!dry.committed && dry.problems.count == 1)
        #expect(try database.studentCount() == 0)
        let report = try importer(database, .init(skipInvalid: true)).run([file])
        #expect(report.committed && report.files[0].new == 1 && report.files[0].invalid == 1)
        #expect(try database.student(id: "st-1") != nil)
        #expect(try database.student(id: "st-2") == nil)
    }

    @Test func rejectsInvalidUTF8HeaderProblemsAndEmptyFiles() throws {
        let database = try Fixtures.database()
        var bytes = Array((Self.studentHeader + "\n" + Self.goodStudent + "\n").utf8)
        bytes += [0x73, 0x74, 0xFF, 0xFE, 0x0A]  // line 3: "st" and two bytes that are never UTF-8
        let invalid = #expect(throws: ImportFailure.self) { try importer(database).run([try Fixtures.file("students.csv", bytes: bytes)]) }
        #expect(invalid?.problems.map(\.line) == [3])
        #expect(invalid?.problems.first?.reason.contains("UTF-8") == true)

        for (text, reason) in [("", "empty"), (Self.studentHeader + ",id\n", "twice"), ("id,stage,colour\n", "unknown column")] {
            let failure = #expect(throws: ImportFailure.self) { try importer(database, .init(kind: .students)).run([try Fixtures.file("students.csv", text)]) }
            #expect(failure?.problems.contains { $0.reason.contains(reason) } == true, "\(text)")
        }
        // A header-only file is valid and imports nothing.
        let headerOnly = try importer(database).run([try Fixtures.file("students.csv", Self.studentHeader + "\n")])
        #expect(headerOnly.files[0].read == 0)
    }

    @Test func importsJSONWithNestedItemsAndLocatesProblemsByPath() throws {
        let database = try Fixtures.database()
        let json = """
        {"vacancies": [
          {"id": "karaganda-fitter", "enterprise": "saran-tyres", "title_kk": "Слесарь", "title_ru": "Слесарь", "title_en": "Fitter",
           "kind": "job", "region": "karaganda", "headcount": 3, "min_age": 18, "specialties": ["07150500"],
           "requirements": [{"skill": "Чтение чертежей", "level": 3, "importance": 2, "must_have": true}, "gas-cutting:2:1"]},
          {"id": "bad-one", "enterprise": "saran-tyres", "title_kk": "А", "title_ru": "А", "title_en": "A",
           "kind": "job", "region": "karaganda", "headcount": 3, "min_age": 18,
           "requirements": [{"skill": "gas-cutting", "level": 9, "importance": 2}]}
        ]}
        """
        let failure = #expect(throws: ImportFailure.self) { try importer(database).run([try Fixtures.file("vacancies.json", json)]) }
        #expect(failure?.problems.map(\.path) == ["$.vacancies[1].requirements[0]"])
        #expect(failure?.problems.first?.field == "requirements")

        let good = json.replacingOccurrences(of: "\"level\": 9", with: "\"level\": 2")
        let report = try importer(database).run([try Fixtures.file("vacancies.json", good)])
        #expect(report.files[0].new == 2)
        let fitter = try #require(try database.catalogue().vacancies.first { $0.id == "karaganda-fitter" })
        #expect(fitter.requirements.contains(Requirement(skillID: "blueprint-reading", level: 3, importance: 2, mustHave: true)))
        #expect(fitter.requirements.contains(Requirement(skillID: "gas-cutting", level: 2, importance: 1, mustHave: false)))
    }

    @Test func guessesTheKindFromColumnsWhenTheNameSaysNothing() throws {
        let database = try Fixtures.database()
        let report = try importer(database).run([try Fixtures.file("upload.csv", Self.studentHeader + "\n" + Self.goodStudent + "\n")])
        #expect(report.files[0].kind == .students)
    }
}
