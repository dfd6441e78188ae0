import Foundation
import Localization
import Matcher
import Profiles

/// The batch match report for the country or one region.
public struct BatchReportRequest: Sendable, Hashable {
    /// The region's id, or its name as people type it (`Snapshot.region(_:)`); nil for all.
    public var regionID: String?
    public var language: Language
    public var referenceYear: Int
    /// The report's date, as printed on it (ISO 8601, e.g. 2026-11-30).
    public var date: String

    public init(regionID: String? = nil, language: Language = .ru, referenceYear: Int = Calendar.currentYear,
                date: String = BatchReportRequest.today) {
        self.regionID = regionID
        self.language = language
        self.referenceYear = referenceYear
        self.date = date
    }

    /// Today's date in UTC.
    public static var today: String {
        ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
    }
}

extension MatchEngine {
    /// Matches every student against every vacancy, allocates places (stable) and builds the report.
    /// - Parameter progress: called with the work done so far, out of `2 × students`.
    public func batchReport(_ request: BatchReportRequest, progress: ((Int) -> Void)? = nil) throws -> MatchReport {
        let snapshot = try snapshot()
        // The region is checked before the long match.
        _ = try request.regionID.map { name throws(GuidanceError) in try snapshot.region(name) }
        let batch = try BatchMatch(catalogue: snapshot.catalogue, students: snapshot.students,
                                   referenceYear: request.referenceYear, progress: progress)
        let builder = try ReportBuilder(batch: batch, catalogue: snapshot.catalogue, students: snapshot.students,
                                        referenceYear: request.referenceYear)
        return try request.report(from: builder)
    }
}

extension BatchReportRequest {
    /// The report the request asks for, from a builder over the whole cohort: one run's (`batchReport`) or
    /// the shards' merged (`MergedReportRequest`), so both write the same report.
    func report(from builder: ReportBuilder) throws(GuidanceError) -> MatchReport {
        let snapshot = Snapshot(catalogue: builder.catalogue, students: builder.students)
        let regionID = try regionID.map { name throws(GuidanceError) in try snapshot.region(name) }
        return builder.build(regionID: regionID, language: language, title: ReportLabels.labels(for: language).reportTitle, date: date)
    }
}
