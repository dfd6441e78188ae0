import Foundation
import Guidance
import Hummingbird
import Localization
import Profiles

/// An enterprise's pages: its vacancies and places (create and edit through the importer's validator), each
/// shortlist with explanations and the exclusion summary, invitations and their answers, and the
/// allocation's result for its places. Candidates are the enterprise's pseudonyms only.
struct EmployerController {
    let server: WebServer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/", use: vacancies)
        group.post("vacancies", use: saveVacancy)
        group.get("vacancies/:id", use: shortlist)
        group.get("vacancies/:id/edit", use: editVacancy)
        group.post("vacancies/:id/invite", use: invite)
        group.get("invitations", use: invitations)
        group.get("allocation", use: allocation)
    }

    @Sendable func vacancies(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        return try vacanciesPage(enterprise, request, context, form: VacancyForm(enterpriseID: enterprise), problems: [])
    }

    private func vacanciesPage(_ enterprise: String, _ request: Request, _ context: WebContext, form: VacancyForm,
                               problems: [String]) throws -> Response {
        let words = Words(context.language)
        let snapshot = try server.engine.snapshot()
        let names = Names(snapshot.catalogue, context.language)
        let rows = snapshot.catalogue.vacancies.filter { $0.enterpriseID == enterprise }.map { vacancy in
            ["id": vacancy.id, "title": vacancy.title[context.language], "kind": vacancy.kind.rawValue, "headcount": vacancy.headcount,
             "href": "/employer/vacancies/" + vacancy.id] as [String: Any]
        }
        return server.pages.render("employer", title: names.enterprise(enterprise), [
            "enterprise": names.enterprise(enterprise), "vacancies": rows, "form": form.templateData(names: names),
            "problems": problems, "hasProblems": !problems.isEmpty, "words": PageWords(words),
        ], request: request, context: context, status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    private func ownVacancy(_ context: WebContext) throws -> Vacancy {
        try server.vacancy(context.parameters.get("id"), ofEnterprise: context.employerEnterprise())
    }

    @Sendable func editVacancy(_ request: Request, context: WebContext) async throws -> Response {
        let vacancy = try ownVacancy(context)
        return try vacanciesPage(vacancy.enterpriseID, request, context, form: VacancyForm(vacancy), problems: [])
    }

    /// A new or edited vacancy, checked and stored by the importer as a vacancies file would be.
    @Sendable func saveVacancy(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        let form = VacancyForm(try await FormFields.of(request, context), enterpriseID: enterprise)
        let words = Words(context.language)
        do {
            return .redirect(to: "/employer/vacancies/" + (try server.saveVacancy(form, enterprise: enterprise)), type: .normal)
        } catch let failure as ImportFailure {
            return try vacanciesPage(enterprise, request, context, form: form, problems: failure.problems.map(words.message(for:)))
        }
    }

    @Sendable func shortlist(_ request: Request, context: WebContext) async throws -> Response {
        let vacancy = try ownVacancy(context)
        let words = Words(context.language)
        let list = try server.engine.shortlists(ShortlistRequest(target: .vacancy(vacancy.id), language: context.language))[0]
        let invited = Set(try server.engine.store.invitations(ofEnterprise: vacancy.enterpriseID).filter { $0.vacancyID == vacancy.id }.map(\.pseudonym))
        let document = EmployerShortlist(list.document, words: words)
        return server.pages.render("employer-shortlist", title: "\(words.webShortlist): \(vacancy.title[context.language])", [
            "shortlist": document, "words": PageWords(words), "inviteHref": request.uri.path + "/invite",
            "candidates": document.candidates.map { ["item": $0, "invited": invited.contains($0.candidate)] as [String: Any] },
            "editHref": request.uri.path + "/edit",
        ], request: request, context: context)
    }

    /// Invites a shortlisted candidate, named by the enterprise's pseudonym; the pupil answers on their page.
    @Sendable func invite(_ request: Request, context: WebContext) async throws -> Response {
        let vacancy = try ownVacancy(context)
        try server.invite(try await FormFields.of(request, context).required("candidate"), to: vacancy)
        return .redirect(to: "/employer/vacancies/" + vacancy.id, type: .normal)
    }

    @Sendable func invitations(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        let words = Words(context.language)
        let snapshot = try server.engine.snapshot()
        let rows = try server.engine.store.invitations(ofEnterprise: enterprise).map { EmployerInvitation($0, snapshot: snapshot, words: words, language: context.language) }
        return server.pages.render("employer-invitations", title: words.webInvitations, [
            "invitations": rows, "none": rows.isEmpty, "words": PageWords(words),
        ], request: request, context: context)
    }

    /// The stable allocation's placements at this enterprise's places, by pseudonym (no scores).
    @Sendable func allocation(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        let words = Words(context.language)
        let result = try server.engine.allocate(AllocationRequest(language: context.language))
        let snapshot = try server.engine.snapshot()
        let rows = try server.engine.placements(of: result).filter { $0.enterpriseID == enterprise }.map { placement in
            EmployerPlacement(candidate: placement.candidate, vacancyID: placement.vacancyID,
                              title: (try? snapshot.vacancy(placement.vacancyID).title[context.language]) ?? placement.vacancyID)
        }
        return server.pages.render("employer-allocation", title: words.webAllocationResult, [
            "placements": rows, "words": PageWords(words),
        ], request: request, context: context)
    }
}
