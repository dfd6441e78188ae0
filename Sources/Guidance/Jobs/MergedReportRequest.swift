import Allocation
import Foundation
import Matcher
import Profiles

/// The batch report from the shards' merged output (`match-cli merge`): places allocated on one machine,
/// on the merged lists, and the report built as `match-cli report` builds it, so its files are the same
/// byte for byte. Needs no database: the snapshot gives the catalogue, the students' file the cohort.
public struct MergedReportRequest: Sendable {
    public var snapshotPath: String
    /// The students the shards were given (CSV, or JSON Lines named `.jsonl`), read with the same validation.
    public var studentsPath: String
    /// The shards' output (JSON Lines; several shards' concatenated, or merged per vacancy already).
    public var shardsPath: String
    /// The region, language, year and date, as for `match-cli report`.
    public var report: BatchReportRequest

    public init(snapshotPath: String, studentsPath: String, shardsPath: String, report: BatchReportRequest) {
        self.snapshotPath = snapshotPath
        self.studentsPath = studentsPath
        self.shardsPath = shardsPath
        self.report = report
    }

    /// Reads the three files, allocates (stable, as `batchReport` does) and builds the report.
    public func run() throws -> MatchReport {
        let snapshot = try CatalogueSnapshot(contentsOf: snapshotPath)
        let name = URL(fileURLWithPath: studentsPath).lastPathComponent
        let students = try StudentReader(catalogue: snapshot.catalogue, referenceYear: report.referenceYear)
            .read(path: studentsPath, file: name, format: .of(fileName: name))
        var merge = ShardMerge(snapshot: snapshot, students: students)
        let file = URL(fileURLWithPath: shardsPath).lastPathComponent
        try merge.add(contentsOf: shardsPath, file: file)
        let best = try merge.bestVacancies(file: file)
        let catalogue = merge.catalogue
        let problem = try AllocationProblem(studentCount: best.count, capacities: catalogue.vacancies.map(\.headcount), preferences: best)
        let allocation = DeferredAcceptance.allocate(problem)
        // Only the vacancies the report lists keep their near candidates, as in one run (`ReportBuilder.init(batch:)`).
        let near = catalogue.vacancies.indices.map { index in
            ReportBuilder.lists(catalogue.vacancies[index], placed: allocation.studentsAt[index].count) ? merge.nearCandidates[index] : []
        }
        let builder = ReportBuilder(catalogue: catalogue, students: merge.students, bestVacancies: best, placements: allocation.placeOf,
                                    nearCandidates: near, referenceYear: report.referenceYear)
        return try report.report(from: builder)
    }
}
