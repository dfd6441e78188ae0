import Foundation
import Testing
@testable import Profiles
import TestSupport

/// Students' regions, subjects and skills named as people type them, on the shipped catalogue.
@Suite("Import: regions, subjects and skills by name; a group of skills is asked about")
struct ImportNamesTests {
    let database: MatchDatabase

    init() throws {
        database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
    }

    /// `count` generated students as CSV, each row changed by `edit` (cells in `Student.csvColumns` order).
    func students(_ count: Int, edit: (Int, inout [String]) -> Void) throws -> String {
        let generated = IteratorSequence(CohortGenerator(catalogue: try database.catalogue(), count: count, seed: 3, referenceYear: Fixtures.referenceYear))
        let rows = generated.enumerated().map { index, student in
            var cells = student.csvCells
            edit(index, &cells)
            return cells
        }
        let text = ([Student.csvColumns] + rows).map { $0.map(CSVText.cell).joined(separator: ",") }.joined(separator: "\n")
        return try Fixtures.file("students.csv", text)
    }

    func run(_ path: String) throws -> Importer.Report {
        var options = Importer.Options()
        options.referenceYear = Fixtures.referenceYear
        return try Importer(database: database, options: options).run([path])
    }

    static let region = Student.csvColumns.firstIndex(of: "region")!
    static let town = Student.csvColumns.firstIndex(of: "town")!
    static let grades = Student.csvColumns.firstIndex(of: "grades")!
    static let skills = Student.csvColumns.firstIndex(of: "skills")!

    @Test func regionsAndSubjectsAreReadInKazakhRussianAndEnglish() throws {
        // Given students whose region and grade subjects are names, in three languages and any case
        let regions = ["Караганда", "Қарағанды облысы", "KARAGANDA", "карагандинская область", "Qaraǵandy"]
        let grades = ["математика:5;Физика:4;English language:3", "Mathematics:5;ФИЗИКА:4;ағылшын тілі:3",
                      "math:5;physics:4;english:3", "МАТЕМАТИКА:5;Physics:4;Английский язык:3", "Математика:5;физика:4;Ағылшын тілі:3"]
        let path = try students(regions.count) { index, cells in
            cells[Self.region] = regions[index]
            cells[Self.town] = ""  // the generated town belongs to the generated region
            cells[Self.grades] = grades[index]
        }
        // When they are imported
        let report = try run(path)
        // Then every one is stored with the ids
        #expect(report.problems.isEmpty && report.files[0].new == regions.count)
        for student in try database.students() {
            #expect(student.regionID == "karaganda")
            #expect(student.grades == ["math": 5, "physics": 4, "english": 3])
        }
    }

    @Test func aNameForAGroupOfSkillsIsReportedWithTheCandidates() throws {
        // Given a student whose skill is a word the welding skills share
        let path = try students(1) { _, cells in cells[Self.skills] = "сварка:3" }
        // When imported
        let failure = #expect(throws: ImportFailure.self) { try run(path) }
        // Then nothing is stored and the problem lists the welding skills to pick from, by meaning
        let problem = try #require(failure?.problems.first)
        guard case let .namesSeveral(kind, candidates) = problem.kind else { Issue.record("\(problem)"); return }
        #expect(kind == .skills)
        #expect(Set(["mma-welding", "mig-mag-welding", "tig-welding", "gas-welding", "pipe-welding"]).isSubset(of: candidates))
        #expect(problem.description.contains("names several skills: pick one of 'gas-welding'"), "\(problem.description)")
        #expect(try database.studentCount() == 0)
    }

    @Test func theWordsOfOneSkillsNameImportSilently() throws {
        let path = try students(2) { index, cells in
            cells[Self.skills] = ["сварка ручная дуговая:3;Python:2", "Қолмен доғалық дәнекерлеу:4;құбырларды дәнекерлеу:2"][index]
        }
        let report = try run(path)
        #expect(report.problems.isEmpty)
        let skills = try database.students().map { Set($0.skills.map(\.skillID)) }
        #expect(skills.contains(["mma-welding", "python"]) && skills.contains(["mma-welding", "pipe-welding"]))
    }

    @Test func tenThousandUnknownSkillNamesEachGetTheirProblem() throws {
        // Given 10,000 students, each with a skill name the catalogue does not know (half of them repeated)
        let words = ["навык", "умение", "работа", "skill", "шебер", "мастер", "qabilet", "дело"]
        let path = try students(10_000) { index, cells in
            cells[Self.skills] = "\(words[index % words.count]) \(words[(index / 8) % words.count])\(index % 5_000):3"
        }
        // When imported
        let failure = #expect(throws: ImportFailure.self) { try run(path) }
        // Then each row has exactly one problem, on its skill, naming no skill silently: the first 1,000
        // listed one by one, the other 9,000 counted under the same reason
        let list = try #require(failure?.list)
        let problems = list.listed
        #expect(list.count == 10_000 && problems.count == ImportLimits.problemsListed)
        #expect(Set(problems.compactMap(\.line)) == Set(2...1_001))
        #expect(list.omitted.map(\.count) == [9_000] && list.omitted.first?.example.line == 1_002)
        #expect(problems.allSatisfy { $0.field == "skills" })
        #expect(problems.allSatisfy { if case .unknownReference(.skills, _) = $0.kind { true } else { false } })
        #expect(try database.studentCount() == 0)
    }
}
