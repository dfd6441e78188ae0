import Foundation
import Testing
import Profiles
@testable import Guidance
import TestSupport

@Suite("MatchEngine: one snapshot for many requests, reloaded after a change")
struct MatchEngineTests {
    @Test func forgettingAStudentReloadsTheSnapshot() throws {
        // Given an engine that has loaded its snapshot
        let engine = MatchEngine(store: try Fixtures.database(students: 30))
        let student = try #require(try engine.snapshot().students.first)
        // When the student is forgotten through the engine
        #expect(try engine.forget(studentID: student.id))
        // Then the next request no longer sees them, and a second forget finds nobody
        #expect(try engine.snapshot().students.allSatisfy { $0.id != student.id })
        #expect(try engine.snapshot().students.count == 29)
        #expect(try !engine.forget(studentID: student.id))
    }

    @Test func anImportThroughTheEngineIsSeenByTheNextRequest() throws {
        // Given an engine with a loaded snapshot and a file of generated students
        let engine = MatchEngine(store: try Fixtures.database(students: 5))
        let before = try engine.snapshot().students.count
        let catalogue = try engine.snapshot().catalogue
        let generated = Array(IteratorSequence(CohortGenerator(catalogue: catalogue, count: 7, seed: 99, referenceYear: Fixtures.referenceYear)))
        let csv = ([Student.csvColumns] + generated.map(\.csvCells)).map(CSVText.line).joined()
        let path = try Fixtures.file("students.csv", csv)
        // When it is imported through the engine
        var options = Importer.Options()
        options.referenceYear = Fixtures.referenceYear
        let report = try engine.importRecords(ImportRequest(files: [path], options: options))
        // Then the next request sees the new students
        #expect(report.files.first?.new == 7)
        #expect(try engine.snapshot().students.count == before + 7)
    }

    @Test func aRequestAboutAnUnknownIDSuggestsCloseOnes() throws {
        let engine = MatchEngine(store: try Fixtures.database(students: 5))
        let vacancy = try #require(try engine.snapshot().catalogue.vacancies.first)
        #expect(throws: GuidanceError.self) {
            try engine.shortlists(ShortlistRequest(target: .vacancy(String(vacancy.id.dropLast())), referenceYear: Fixtures.referenceYear))
        }
    }
}
