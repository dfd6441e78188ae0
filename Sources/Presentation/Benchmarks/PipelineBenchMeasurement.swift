import Foundation
import Guidance
import Localization
import Matcher
import Profiles
import ScoringCore


/// `match-cli bench --pipeline`: the three jobs for a whole database, timed step by step —
/// specialties for every schoolchild, vacancies for every other student, shortlists for every vacancy,
/// the stable allocation, and the batch report written to a temporary folder.
public struct PipelineBenchMeasurement {
    public struct Report: Encodable {
        var students: Int
        var vacancies: Int
        var loadSeconds: Double
        var recommendSeconds: Double
        var matchAndAllocateSeconds: Double
        var reportSeconds: Double
        /// Everything after loading: recommend + match and allocate + report.
        var jobsSeconds: Double
        var placed: Int
        var blockingPairs: Int
        var peakMemoryMib: Double
    }

    public static func run(_ store: MatchDatabase, year: Int, options: TilingOptions) throws -> Report {
        let clock = ContinuousClock()
        func seconds(since start: ContinuousClock.Instant) -> Double { (clock.now - start).inSeconds.rounded(toPlaces: 2) }
        var start = clock.now
        let catalogue = try store.catalogue()
        let students = try store.students()
        let load = seconds(since: start)

        start = clock.now
        let recommender = try SpecialtyRecommender(catalogue: catalogue, tiling: options)
        _ = try recommender.recommend(students.lazy.filter(\.stage.isSchool), k: 5)
        let recommend = seconds(since: start)

        start = clock.now
        let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: year, tiling: options)
        let match = seconds(since: start)

        start = clock.now
        let report = try ReportBuilder(batch: batch, catalogue: catalogue, students: students, referenceYear: year, tiling: options)
            .build(language: .ru, title: ReportLabels.labels(for: .ru).reportTitle, date: "bench")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("match-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try ReportWriter().write(report, to: folder)
        let reportTime = seconds(since: start)

        return Report(students: students.count, vacancies: catalogue.vacancies.count, loadSeconds: load, recommendSeconds: recommend,
                      matchAndAllocateSeconds: match, reportSeconds: reportTime, jobsSeconds: recommend + match + reportTime,
                      placed: batch.allocation.placedCount, blockingPairs: batch.allocation.blockingPairs(in: batch.problem).count,
                      peakMemoryMib: ModelBenchMeasurement.peakMemoryMiB().rounded(toPlaces: 1))
    }
}
