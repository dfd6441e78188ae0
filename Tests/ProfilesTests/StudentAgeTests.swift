import Foundation
import Testing
@testable import Profiles
import TestSupport

/// Docs/DataFormat.md, `birth_year`: the age reached in the reference year (2026 here) must suit the stage.
@Suite("Import: a birth year must suit the stage")
struct StudentAgeTests {
    static let header = Student.csvColumns.joined(separator: ",")

    /// A student row of `stage` (`school,7`, `college,4`, `graduate,`) born in `birthYear`, with consent given.
    static func row(_ id: String, _ stage: String, born birthYear: Int) -> String {
        "\(id),\(stage),karaganda,,urban,region,\(birthYear),yes,,,math:4;physics:5,R:0.9;I:0.3;A:0.1;S:0.2;E:0.3;C:0.5,,kk;ru,kk,"
    }

    func importProblems(_ rows: [String]) throws -> [ImportProblem] {
        let database = try Fixtures.database()
        var options = Importer.Options()
        options.referenceYear = Fixtures.referenceYear
        let file = try Fixtures.file("students.csv", ([Self.header] + rows).joined(separator: "\n"))
        do {
            _ = try Importer(database: database, options: options).run([file])
            return []
        } catch let failure as ImportFailure {
            return failure.problems
        }
    }

    @Test("a graduate born 2016, a grade-7 pupil born 1950 and a 4th-course student born 2020 are each a problem of birth_year")
    func implausiblePeopleAreRejected() throws {
        let problems = try importProblems([
            Self.row("st-graduate", "graduate,", born: 2016),
            Self.row("st-pupil", "school,7", born: 1950),
            Self.row("st-student", "college,4", born: 2020),
        ])
        #expect(problems.map(\.line) == [2, 3, 4], "\(problems)")
        #expect(problems.allSatisfy { $0.field == "birth_year" }, "\(problems)")
        #expect(problems.map(\.value) == ["2016", "1950", "2020"])
        #expect(problems.first?.description == "students.csv:2: field 'birth_year' = '2016': a graduate is 16–70 in 2026; born 2016 makes 10")
        #expect(problems.dropFirst().first?.reason == "a pupil in grade 7 is 10–16 in 2026 (6 + grade, ± 3 years); born 1950 makes 76")
    }

    /// (stage cell, birth years accepted at the edges, birth years rejected just beyond them), reference year 2026.
    static let edges: [(String, [Int], [Int])] = [
        ("school,7", [2010, 2016], [2009, 2017]),      // 13 ± 3
        ("school,11", [2006, 2012], [2005, 2013]),     // 17 ± 3
        ("college,1", [1956, 2012], [1955, 2013]),     // 14 … 70
        ("graduate,", [1956, 2010], [1955, 2011]),     // 16 … 70
    ]

    @Test("the edges of the documented tolerance", arguments: edges.indices)
    func edgesOfTheTolerance(edge: Int) throws {
        let (stage, accepted, rejected) = Self.edges[edge]
        #expect(try importProblems(accepted.enumerated().map { Self.row("st-\($0)", stage, born: $1) }).isEmpty, "\(stage)")
        let problems = try importProblems(rejected.enumerated().map { Self.row("st-\($0)", stage, born: $1) })
        #expect(problems.map(\.field) == ["birth_year", "birth_year"], "\(stage): \(problems)")
    }

    @Test("generated cohorts always suit their stages: they import without a problem", arguments: [1, 2] as [UInt64])
    func generatedStudentsImport(seed: UInt64) throws {
        let catalogue = try Fixtures.database().catalogue()
        let rows = IteratorSequence(CohortGenerator(catalogue: catalogue, count: 3_000, seed: seed, referenceYear: Fixtures.referenceYear))
            .map { $0.csvCells.map(CSVText.cell).joined(separator: ",") }
        let problems = try importProblems(rows)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }
}
