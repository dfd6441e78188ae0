import Foundation
import Guidance
import Hummingbird
import Localization
import Allocation
import Matcher
import Presentation
import Profiles

/// An education department's pages: the batch report for its region (the report's own HTML, with its
/// small-count rules), allocation runs for its region with their summaries and the earlier runs, and
/// fairness audits of its region's shortlists. Aggregates only, its region only.
struct DepartmentController {
    let server: WebServer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/", use: overview)
        group.get("report", use: report)
        group.get("fairness", use: fairness)
        group.get("allocation", use: allocations)
        group.post("allocation", use: startAllocation)
    }

    @Sendable func overview(_ request: Request, context: WebContext) async throws -> Response {
        let region = try context.departmentRegion()
        let words = Words(context.language)
        let snapshot = try server.engine.snapshot()
        let names = Names(snapshot.catalogue, context.language)
        return server.pages.render("department", title: "\(words.webRegionReport): \(names.region(region))", [
            "region": names.region(region), "words": PageWords(words),
        ], request: request, context: context)
    }

    /// The region's batch report, as `match-cli report --region` writes its HTML.
    @Sendable func report(_ request: Request, context: WebContext) async throws -> Response {
        let region = try context.departmentRegion()
        let report = try server.engine.batchReport(BatchReportRequest(regionID: region, language: context.language))
        return Pages.html(HTMLReportRenderer().render(report))
    }

    /// Selection rates by sex, settlement and school language on each shortlist of the region's vacancies.
    @Sendable func fairness(_ request: Request, context: WebContext) async throws -> Response {
        let region = try context.departmentRegion()
        let words = Words(context.language)
        let vacancies = try server.engine.snapshot().catalogue.vacancies.filter { $0.regionID == region }
        let attribute = request.uri.queryParameters.get("by").flatMap(FairnessAuditRequest.Attribute.init(rawValue:)) ?? .sex
        let audits = try vacancies.map { vacancy in
            ["title": vacancy.title[context.language],
             "table": try server.engine.fairnessAudit(FairnessAuditRequest(subject: .shortlist(vacancyID: vacancy.id, top: 20), attribute: attribute,
                                                                            audience: .department, language: context.language)).render(.table)]
        }
        return server.pages.render("department-fairness", title: words.webFairnessAudit, [
            "audits": audits, "words": PageWords(words),
            "attributes": FairnessAuditRequest.Attribute.allCases.filter { $0 != .region }.map { ["code": $0.rawValue, "href": "?by=" + $0.rawValue] },
        ], request: request, context: context)
    }

    @Sendable func allocations(_ request: Request, context: WebContext) async throws -> Response {
        try allocationPage(try context.departmentRegion(), request, context, run: nil)
    }

    /// Starts a run for the region (stable or optimal) and shows its summary above the earlier runs.
    @Sendable func startAllocation(_ request: Request, context: WebContext) async throws -> Response {
        let region = try context.departmentRegion()
        let form = try await FormFields.of(request, context)
        guard let method = form["method"].flatMap(BatchMatch.Method.init(rawValue:)) else { throw WebError.badRequest("method") }
        let run = try server.runAllocation(method, region: region, by: context.account(), language: context.language)
        return try allocationPage(region, request, context, run: run)
    }

    private func allocationPage(_ region: String, _ request: Request, _ context: WebContext, run: AllocationResult.Aggregates?) throws -> Response {
        let words = Words(context.language)
        let names = Names(try server.engine.snapshot().catalogue, context.language)
        let runs = try server.engine.regionAllocations(region).map { recorded in
            ["sequence": recorded.sequence, "time": recorded.time,
             "method": BatchMatch.Method(rawValue: recorded.method).map(words.name(of:)) ?? recorded.method,
             "students": recorded.students.map(String.init) ?? "", "places": recorded.places.map(String.init) ?? "",
             "placed": recorded.placed.map(String.init) ?? "", "unplaced": recorded.unplaced.map(String.init) ?? ""] as [String: Any]
        }
        var data: [String: Any] = [
            "words": PageWords(words), "runs": runs, "noRuns": runs.isEmpty,
            "methods": BatchMatch.Method.allCases.map { ["code": $0.rawValue, "name": words.name(of: $0), "hint": words.webMethodHint($0),
                                                         "checked": $0 == .stable] as [String: Any] },
        ]
        if let run { data["run"] = RunView(run, words) }
        return server.pages.render("department-allocation", title: "\(words.webAllocationRuns): \(names.region(region))", data,
                                   request: request, context: context)
    }

    /// A run's summary as the page lists it: counts only.
    struct RunView {
        let method: String, students: Int, places: Int, placed: String, unplaced: String, fillRate: String, totalFit: String, blockingPairs: Int
        let reasons: [[String: String]]
        let byEnterprise: [[String: Any]], bySpecialty: [[String: Any]]

        init(_ run: AllocationResult.Aggregates, _ words: Words) {
            method = BatchMatch.Method(rawValue: run.method).map(words.name(of:)) ?? run.method
            students = run.students
            places = run.places
            placed = run.placed.description
            unplaced = run.unplaced.description
            fillRate = String(format: "%.1f%%", run.fillRate * 100)
            totalFit = String(format: "%.3f", run.totalFit)
            blockingPairs = run.blockingPairs
            reasons = UnplacedReason.allCases.compactMap { reason in
                run.unplacedReasons[reason.rawValue].map { ["reason": words.name(of: reason), "count": $0.description] }
            }
            let row = { (filled: AllocationResult.Filled) in ["name": filled.name, "places": filled.places, "placed": filled.placed.description] as [String: Any] }
            byEnterprise = run.byEnterprise.map(row)
            bySpecialty = run.bySpecialty.map(row)
        }
    }
}
