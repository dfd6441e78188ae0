import ScoringCore
import Foundation
import Matcher
import Profiles

/// `match-cli bench --students N --vacancies M`: generated profiles through the real scoring model,
/// eligibility and top-k both ways, timed against raw sgemm at the same feature width.
public struct ModelBenchMeasurement {
    public struct Report: Encodable {
        var students: Int
        var vacancies: Int
        var dim: Int
        var gateDim: Int
        var top: Int
        /// Vectorising, multiplying and collecting, generation of the profiles excluded.
        var scoreSeconds: Double
        /// Floating-point operations actually computed per second.
        var gflops: Double
        /// Raw cblas_sgemm rate on the same feature width and tiling, measured in this process.
        var sgemmGflops: Double
        /// Seconds raw sgemm would need for the full students × vacancies product at that rate.
        var sgemmFullProductSeconds: Double
        /// scoreSeconds / sgemmFullProductSeconds (target ≤ 1.5).
        var vsSgemmFullProduct: Double
        /// Share of the full product's multiply-adds (score and gate width) not computed: eligibility blocks and gathered columns.
        var workSaved: Double
        var wallSeconds: Double
        var peakMemoryMib: Double
        var studentsWithAVacancy: Int
    }

    public static func run(catalogue: Catalogue, students: Int, vacancies: Int, seed: UInt64, top: Int, options: TilingOptions) throws -> Report {
        let clock = ContinuousClock(), started = clock.now
        var withVacancies = catalogue
        withVacancies.vacancies = Array(IteratorSequence(VacancyGenerator(catalogue: catalogue, count: vacancies, seed: seed)))
        let matcher = try VacancyMatcher(catalogue: withVacancies, referenceYear: Calendar.currentYear, tiling: options)
        let width = matcher.space.vacancyWidth + matcher.space.gateWidth
        let sgemm = try sgemmRate(width: width, items: vacancies, options: options)
        let cohort = IteratorSequence(CohortGenerator(catalogue: catalogue, count: students, seed: seed, referenceYear: Calendar.currentYear))
        let matches = try matcher.match(cohort, studentK: top, vacancyK: top)
        let fullSeconds = 2 * Double(students) * Double(vacancies) * Double(width) / (sgemm * 1e9)
        return Report(
            students: students, vacancies: vacancies, dim: matcher.space.vacancyWidth, gateDim: matcher.space.gateWidth, top: top,
            scoreSeconds: matches.scoringSeconds.rounded(toPlaces: 2),
            gflops: (2 * Double(matches.work.multiplyAdds) / matches.scoringSeconds / 1e9).rounded(toPlaces: 1),
            sgemmGflops: sgemm.rounded(toPlaces: 1), sgemmFullProductSeconds: fullSeconds.rounded(toPlaces: 2),
            vsSgemmFullProduct: (matches.scoringSeconds / fullSeconds).rounded(toPlaces: 3),
            workSaved: matches.workSaved.rounded(toPlaces: 3), wallSeconds: (clock.now - started).inSeconds.rounded(toPlaces: 1),
            peakMemoryMib: peakMemoryMiB().rounded(toPlaces: 1),
            studentsWithAVacancy: (0..<matches.studentCount).filter { !matches.bestVacancies(ofStudent: $0).isEmpty }.count)
    }

    /// GFLOP/s of plain tiled sgemm for 8,192 rows × `items` at `width`, no collection.
    public static func sgemmRate(width: Int, items: Int, options: TilingOptions) throws -> Double {
        var random = SplitMix64(seed: 7)
        let rows = 8192
        let queries = try DenseMatrix(rows: rows, columns: width) { _, _ in Float(random.unit() < 0.1 ? 1 : 0) }
        let itemMatrix = try DenseMatrix(rows: items, columns: width) { _, _ in Float(random.unit() < 0.1 ? 1 : 0) }
        let tiler = ScoreTiler(options: options)
        _ = try tiler.run(queries: queries, items: itemMatrix) { _ in DiscardingCollector() }  // warm up
        let clock = ContinuousClock(), started = clock.now
        _ = try tiler.run(queries: queries, items: itemMatrix) { _ in DiscardingCollector() }
        return 2 * Double(rows) * Double(items) * Double(width) / (clock.now - started).inSeconds / 1e9
    }

    /// The process's peak resident memory (VmHWM), in MiB.
    public static func peakMemoryMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }
}
