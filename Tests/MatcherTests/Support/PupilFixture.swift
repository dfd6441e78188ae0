import Foundation
import Matcher
import Profiles
import TestSupport

/// The hand-written pupils of `Tests/Fixtures/pupils` with the specialties a counsellor expects in their
/// top 3 (written from Data/ before the model was tuned), on the shipped catalogue.
struct PupilFixture {
    let catalogue: Catalogue
    let pupils: [Student]
    /// Pupil id → specialty ids any of which the counsellor accepts in the top 3.
    let expected: [String: [String]]

    static let directory = Fixtures.root.appendingPathComponent("pupils")

    init() throws {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        var options = Importer.Options()
        options.referenceYear = Fixtures.referenceYear
        let report = try Importer(database: database, options: options).run([Self.directory.appendingPathComponent("pupils.csv").path])
        guard report.problems.isEmpty else { throw FixtureError(problems: report.problems.map(\.description)) }
        catalogue = try database.catalogue()
        pupils = try database.students()
        let lines = try String(contentsOf: Self.directory.appendingPathComponent("expected.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst()
        expected = Dictionary(uniqueKeysWithValues: lines.map { line in
            let fields = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
            return (String(fields[0]), fields[1].split(separator: ";").map(String.init))
        })
    }

    struct FixtureError: Error { let problems: [String] }

    /// The share of pupils whose top 3 holds an expected specialty, and the ids of those whose does not.
    func passRate(top3: [String: [String]]) -> (rate: Double, failed: [String]) {
        let failed = pupils.map(\.id).filter { id in !(top3[id] ?? []).contains { expected[id, default: []].contains($0) } }
        return (Double(pupils.count - failed.count) / Double(pupils.count), failed)
    }
}
