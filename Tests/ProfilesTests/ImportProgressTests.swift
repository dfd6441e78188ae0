import Foundation
import Testing
@testable import Profiles
import TestSupport

/// The importer's progress: bytes of the files, told a hand-off batch at a time, never going back and
/// ending at the files' total size, without changing what is imported.
@Suite("Import progress by bytes of the files")
struct ImportProgressTests {
    /// Several batches of the hand-off, the last one not full.
    static let count = 3 * Importer.eventsPerBatch + 41

    func importer(_ database: MatchDatabase, skipInvalid: Bool = false) -> Importer {
        var options = Importer.Options(skipInvalid: skipInvalid)
        options.referenceYear = Fixtures.referenceYear
        return Importer(database: database, options: options)
    }

    func studentsCSV(_ database: MatchDatabase, seed: UInt64) throws -> String {
        let students = IteratorSequence(CohortGenerator(catalogue: try database.catalogue(), count: Self.count, seed: seed,
                                                        referenceYear: Fixtures.referenceYear))
        let header = (Student.csvColumns + Student.schoolColumns).joined(separator: ",")
        let rows = students.map { $0.csvCellsWithSchool.map(CSVText.cell).joined(separator: ",") }
        return try Fixtures.file("students.csv", ([header] + rows).joined(separator: "\n") + "\n")
    }

    func vacanciesJSON(broken: Bool = false) throws -> String {
        let records = (0..<Self.count).map { index in
            """
            {"id": "fitter-\(index)", "enterprise": "saran-tyres", "title_kk": "Слесарь", "title_ru": "Слесарь", "title_en": "Fitter",
             "kind": "job", "region": "karaganda", "headcount": 3, "min_age": 18, "requirements": ["gas-cutting:2:1"]}
            """
        }
        var text = "[\n" + records.joined(separator: ",\n") + "\n]\n"
        // Not JSON from the middle on: the reader stops there.
        if broken { text = text.replacingOccurrences(of: "\"fitter-\(Self.count / 2)\",", with: "\"fitter\" \"x\",") }
        return try Fixtures.file("vacancies.json", text)
    }

    /// Runs the import, recording every call of its progress.
    func run(_ importer: Importer, _ files: [String]) throws -> (Importer.Report, [(done: Int, total: Int)]) {
        var calls: [(done: Int, total: Int)] = []
        let report = try importer.run(files) { calls.append(($0, $1)) }
        return (report, calls)
    }

    func size(_ path: String) throws -> Int { try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) }

    /// The calls go from 0 up to `total` without going back, the total never changing.
    func expectMonotone(_ calls: [(done: Int, total: Int)], total: Int) {
        #expect(calls.first?.done == 0)
        #expect(calls.last?.done == total)
        #expect(calls.allSatisfy { $0.total == total })
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.done < $1.done }, "\(calls.map(\.done))")
    }

    @Test func aCSVFileIsCountedRowByRowToItsSize() throws {
        // Given a generated cohort in a CSV file of several batches
        let database = try Fixtures.database()
        let path = try studentsCSV(database, seed: 3)
        // When it is imported
        let (report, calls) = try run(importer(database), [path])
        // Then the progress rises from 0 to the file's size, stopping in between at ends of rows
        let total = try size(path)
        expectMonotone(calls, total: total)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let between = calls.map(\.done).filter { $0 > 0 && $0 < total }
        #expect(between.count >= 3)
        #expect(between.allSatisfy { bytes[$0 - 1] == UInt8(ascii: "\n") })
        // And what is imported is what an import without progress imports
        let plain = try importer(try Fixtures.database()).run([path])
        #expect(report.files[0].read == Self.count && report.files[0].new == Self.count)
        #expect(plain.files[0].read == report.files[0].read && plain.files[0].new == report.files[0].new)
    }

    @Test func twoFilesAddUpToOneTotalInImportOrder() throws {
        // Given students (CSV) and vacancies (JSON), named in that order
        let database = try Fixtures.database()
        let students = try studentsCSV(database, seed: 4), vacancies = try vacanciesJSON()
        // When both are imported
        let (report, calls) = try run(importer(database), [students, vacancies])
        // Then the total is both sizes; the vacancies, imported first, end at their size, at a record's end on the way
        let first = try size(vacancies), total = try size(students) + first
        expectMonotone(calls, total: total)
        #expect(calls.contains { $0.done == first })
        let json = [UInt8](try Data(contentsOf: URL(fileURLWithPath: vacancies)))
        let inJSON = calls.map(\.done).filter { $0 > 0 && $0 < first }
        #expect(inJSON.count >= 3)
        #expect(inJSON.allSatisfy { json[$0 - 1] == UInt8(ascii: "}") })
        #expect(report.files.map(\.new) == [Self.count, Self.count])
    }

    @Test func aFileWhoseReadingStopsStillEndsAtTheTotal() throws {
        // Given a JSON file that stops being JSON halfway
        let database = try Fixtures.database()
        let path = try vacanciesJSON(broken: true)
        // When its valid records are imported
        let (report, calls) = try run(importer(database, skipInvalid: true), [path])
        // Then the progress still ends at the file's size
        expectMonotone(calls, total: try size(path))
        #expect(report.files[0].new == Self.count / 2)
        #expect(!report.problems.isEmpty)
    }

    @Test func aBuildTellsTheCatalogueThenEachStudent() throws {
        // Given the fixture catalogue and a cohort of 25
        let database = try MatchDatabase.inMemory()
        var calls: [(stage: CatalogueBuilder.Stage, done: Int, total: Int)] = []
        // When the database is built
        try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 25, seed: 2, referenceYear: Fixtures.referenceYear)
            .build(into: database) { calls.append(($0, $1, $2)) }
        // Then the catalogue's bytes come first, ending at the files' size, then the students one by one
        let catalogue = calls.filter { $0.stage == .catalogue }, cohort = calls.filter { $0.stage == .cohort }
        let files = try CatalogueBuilder.files.map { try size(Fixtures.catalogue.appendingPathComponent($0).path) }.reduce(0, +)
        #expect(calls.prefix(catalogue.count).allSatisfy { $0.stage == .catalogue })
        expectMonotone(catalogue.map { ($0.done, $0.total) }, total: files)
        #expect(cohort.map(\.done) == Array(0...25))
        #expect(cohort.allSatisfy { $0.total == 25 })
        #expect(try database.students().count == 25)
    }
}
