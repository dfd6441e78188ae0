import Foundation
import Guidance
import Hummingbird
import Localization
import Profiles

/// `/api/v1/`: the data of the pages as JSON, under the same access rules (a session cookie, or a bearer
/// token an admin issued). Every route here is in `OpenAPIDocument`; a test checks both ways.
struct APIController {
    let server: WebServer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("openapi.json", use: openAPI)
        group.get("me", use: me)
        group.get("skills", use: skills)
        group.get("pupil/recommendations", use: pupilRecommendations)
        group.get("counsellor/classes", use: classes)
        group.get("counsellor/classes/:class", use: classList)
        group.get("employer/vacancies", use: vacancies)
        group.get("employer/vacancies/:id/shortlist", use: shortlist)
        group.get("employer/invitations", use: invitations)
        group.get("department/report", use: report)
        addWriteRoutes(to: group)
    }

    @Sendable func openAPI(_ request: Request, context: WebContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
    }

    /// `csrfToken`: what a cookie session sends as `X-CSRF-Token` with a write (nil for a bearer token, which needs none).
    struct Me: Encodable { let login: String, role: String, scope: String?, csrfToken: String? }

    @Sendable func me(_ request: Request, context: WebContext) async throws -> Response {
        let account = try context.account()
        return try APIResponse.json(Me(login: account.login, role: account.role.name, scope: account.role.scope,
                                       csrfToken: context.signedInWithBearerToken ? nil : context.session?.csrfToken))
    }

    /// The skill picker's search as you type, in kk, ru or en (`SkillSearchRequest`).
    @Sendable func skills(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.account()
        let text = request.uri.queryParameters.get("q") ?? ""
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty, text.count <= 100 else { throw WebError.badRequest("q") }
        let language = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:)) ?? context.language
        return try APIResponse.json(try server.engine.skillSearch(SkillSearchRequest(text: text, limit: 8, language: language)).document)
    }

    @Sendable func pupilRecommendations(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        let student = try server.engine.snapshot().student(id)
        try server.recordView(of: student, by: context.account(), page: request.uri.path)
        switch try server.engine.recommend(RecommendationRequest(studentID: id, language: context.language)) {
        case .specialties(let list): return try APIResponse.json(list.document)
        case .vacancies(let list): return try APIResponse.json(list.document)
        }
    }

    struct ClassSummary: Encodable { let name: String, pupils: Int }

    @Sendable func classes(_ request: Request, context: WebContext) async throws -> Response {
        let school = try context.counsellorSchool()
        let byClass = Dictionary(grouping: try server.engine.snapshot().students.filter { $0.schoolID == school }, by: { $0.className ?? "" })
        return try APIResponse.json(byClass.keys.sorted().map { ClassSummary(name: $0, pupils: byClass[$0]!.count) })
    }

    @Sendable func classList(_ request: Request, context: WebContext) async throws -> Response {
        let school = try context.counsellorSchool()
        guard let name = context.parameters.get("class")?.removingPercentEncoding else { throw WebError.notFound }
        let list = try server.engine.classList(ClassListRequest(schoolID: school, className: name, top: 3, language: context.language))
        guard !list.students.isEmpty else { throw WebError.notFound }
        let account = try context.account()
        for pupil in list.students { try server.recordView(of: pupil.student, by: account, page: request.uri.path) }
        return try APIResponse.json(list.students.map(\.document))
    }

    struct VacancySummary: Encodable { let id: String, title: String, kind: String, headcount: Int, minimumAge: Int }

    @Sendable func vacancies(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        return try APIResponse.json(try server.engine.snapshot().catalogue.vacancies.filter { $0.enterpriseID == enterprise }.map {
            VacancySummary(id: $0.id, title: $0.title[context.language], kind: $0.kind.rawValue, headcount: $0.headcount, minimumAge: $0.minimumAge)
        })
    }

    @Sendable func shortlist(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        guard let id = context.parameters.get("id"),
              try server.engine.snapshot().catalogue.vacancies.contains(where: { $0.id == id && $0.enterpriseID == enterprise }) else {
            throw WebError.notFound
        }
        let list = try server.engine.shortlists(ShortlistRequest(target: .vacancy(id), language: context.language))[0]
        return try APIResponse.json(EmployerShortlist(list.document, words: Words(context.language)))
    }

    @Sendable func invitations(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        let snapshot = try server.engine.snapshot()
        let words = Words(context.language)
        return try APIResponse.json(try server.engine.store.invitations(ofEnterprise: enterprise).map {
            EmployerInvitation($0, snapshot: snapshot, words: words, language: context.language)
        })
    }

    @Sendable func report(_ request: Request, context: WebContext) async throws -> Response {
        let region = try context.departmentRegion()
        return try APIResponse.json(try server.engine.batchReport(BatchReportRequest(regionID: region, language: context.language)))
    }
}
