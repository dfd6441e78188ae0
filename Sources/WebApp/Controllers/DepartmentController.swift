import Foundation
import Guidance
import Hummingbird
import Localization
import Presentation
import Profiles

/// An education department's pages: the batch report for its region (the report's own HTML, with its
/// small-count rules) and fairness audits of its region's shortlists. Aggregates only, its region only.
struct DepartmentController {
    let server: WebServer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/", use: overview)
        group.get("report", use: report)
        group.get("fairness", use: fairness)
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
}
