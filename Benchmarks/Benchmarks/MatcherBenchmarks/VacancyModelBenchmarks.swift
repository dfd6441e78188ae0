import Benchmark
import Foundation
import Matcher
import ScoringCore
import Profiles

/// The real vacancy model, as `match-cli bench --students N --vacancies M` runs it, on a cohort small
/// enough for a few iterations: eligibility, gate product, region grouping and top-k both ways.
enum VacancyModelBenchmarks {
    static let studentCount = 20_000
    static let vacancyCount = 2_000
    static let k = 10

    /// About 0.4 s an iteration on 2 cores, the fixture built once beforehand.
    static var configuration: Benchmark.Configuration { .reporting(maxDuration: .seconds(5), maxIterations: 5) }

    static func register() {
        Benchmark("VacancyMatcher \(studentCount) students x \(vacancyCount) vacancies, top-\(k) both ways",
                  configuration: configuration) { benchmark, fixture in
            let (matches, seconds) = try timed {
                try fixture.matcher.match(fixture.students, studentK: k, vacancyK: k)
            }
            blackHole(matches)
            // The work actually computed: region grouping skips most of the full product.
            benchmark.recordGFLOPS(2 * Double(matches.work.multiplyAdds), seconds: seconds)
        } setup: {
            try VacancyModelFixture(studentCount: studentCount, vacancyCount: vacancyCount, seed: 1)
        }
    }
}

/// The shipped catalogue with generated vacancies, and a generated cohort, built before measuring.
struct VacancyModelFixture: Sendable {
    let matcher: VacancyMatcher
    /// In id order, as `VacancyMatcher.match` requires; held so generation is not timed.
    let students: [Student]

    init(studentCount: Int, vacancyCount: Int, seed: UInt64) throws {
        let year = Calendar.currentYear
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Self.dataDirectory, cohortSize: 0, referenceYear: year).build(into: database)
        var catalogue = try database.catalogue()
        catalogue.vacancies = Array(IteratorSequence(VacancyGenerator(catalogue: catalogue, count: vacancyCount, seed: seed)))
        matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: year)
        students = Array(IteratorSequence(
            CohortGenerator(catalogue: catalogue, count: studentCount, seed: seed, referenceYear: year)))
    }

    /// `$MATCH_DATA`, else the project's `Data/` folder found from this file's place in the checkout
    /// (Benchmarks/Benchmarks/MatcherBenchmarks/ is three folders below the project root).
    static var dataDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["MATCH_DATA"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        return root.appendingPathComponent("Data")
    }
}
