import Foundation
import Guidance
import Hummingbird
import Localization
import Presentation
import Profiles

/// A pupil's own pages: recommendations with the score's parts and the colleges, the interest
/// questionnaire, school grades, hobbies through the skill picker, invitations from employers, the printable result.
struct PupilController {
    let server: WebServer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/", use: recommendations)
        group.get("print", use: printable)
        group.get("questionnaire", use: questionnaire)
        group.post("questionnaire", use: submitQuestionnaire)
        group.post("skills", use: addSkill)
        group.post("grades", use: setGrades)
        group.get("invitations", use: invitations)
        group.post("invitations/:id", use: answerInvitation)
    }

    @Sendable func recommendations(_ request: Request, context: WebContext) async throws -> Response {
        try recommendationsPage(request, context, problem: nil)
    }

    /// The one-page result for parents, as `match-cli result` writes it (Presentation's `PupilResultPage`),
    /// with the language switch above it (not printed).
    @Sendable func printable(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        try server.recordView(of: try server.engine.snapshot().student(id), by: context.account(), page: request.uri.path)
        let result = try server.engine.pupilResult(PupilResultRequest(studentID: id, language: context.language))
        return Pages.html(server.pages.withLanguageSwitch(PupilResultPage(result).html, request: request, context: context))
    }

    /// The recommendations with the pupil's grades and hobbies under them; `problem` is why the grades
    /// just sent were not stored.
    private func recommendationsPage(_ request: Request, _ context: WebContext, problem: String?) throws -> Response {
        let id = try context.pupilID()
        let words = Words(context.language)
        let snapshot = try server.engine.snapshot()
        let student = try snapshot.student(id)
        try server.recordView(of: student, by: context.account(), page: request.uri.path)
        let view = try PupilView(server.engine.recommend(RecommendationRequest(studentID: id, language: context.language)),
                                 answered: server.engine.store.answers(of: id) != nil, words: words)
        let names = Names(snapshot.catalogue, context.language)
        return server.pages.render("pupil", title: words.webMyRecommendations, [
            "view": view, "words": PageWords(words), "notYetAnswered": words.webNotYetAnswered,
            "skills": student.skills.map { names.skill($0.skillID) },
            "grades": GradesForm.rows(subjects: snapshot.catalogue.subjects, grades: student.grades, language: context.language),
            "problem": problem ?? "", "hasProblem": problem != nil,
        ], request: request, context: context, status: problem == nil ? .ok : .unprocessableContent)
    }

    /// The grades form: checked and stored as `match-cli pupil grades` does; on a problem the page comes
    /// back with it, in the page's language, and nothing is stored.
    @Sendable func setGrades(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        let form = try await FormFields.of(request, context)
        let words = Words(context.language)
        do {
            let grades = try GradesForm.grades(form, subjects: try server.engine.snapshot().catalogue.subjects, words: words)
            _ = try server.setGrades(grades, of: id, by: context.account(), words: words)
        } catch WebError.unprocessable(let problem) {
            return try recommendationsPage(request, context, problem: problem)
        }
        return .redirect(to: "/pupil", type: .normal)
    }

    @Sendable func questionnaire(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.pupilID()
        return questionnairePage(request, context, problem: nil)
    }

    private func questionnairePage(_ request: Request, _ context: WebContext, problem: String?) -> Response {
        let words = Words(context.language)
        let session = QuestionnaireSession(bank: server.bank, form: .short)
        let items = session.items.map { item in
            ["id": item.id, "text": item.text[context.language],
             "choices": server.bank.scale.map { ["value": $0.value, "label": $0.label[context.language]] }] as [String: Any]
        }
        return server.pages.render("questionnaire", title: words.webQuestionnaire, [
            "prompt": server.bank.prompt[context.language], "items": items, "problem": problem ?? "", "hasProblem": problem != nil,
            "save": words.webSave,
        ], request: request, context: context, status: problem == nil ? .ok : .badRequest)
    }

    /// Answers every item of the short form in its order through the questionnaire session, as the
    /// terminal does; only complete answers are stored (they become the pupil's interests).
    @Sendable func submitQuestionnaire(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        let form = try await FormFields.of(request, context)
        var session = QuestionnaireSession(bank: server.bank, form: .short)
        while let item = session.current {
            guard let value = form["item-" + item.id].flatMap(Int.init) else {
                return questionnairePage(request, context, problem: Words(context.language).webQuestionnaireIncomplete)
            }
            session.apply(.answer(value))
            if session.current?.id == item.id { break }
        }
        guard session.state == .finished else { return questionnairePage(request, context, problem: Words(context.language).webQuestionnaireIncomplete) }
        _ = try server.engine.submitAnswers(session.answers(studentID: id, bank: server.bank, language: context.language), bank: server.bank)
        return .redirect(to: "/pupil", type: .normal)
    }

    /// A hobby picked with the skill picker: a self-reported skill at level 2.
    @Sendable func addSkill(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        try server.addHobby(try await FormFields.of(request, context).required("skill"), of: id)
        return .redirect(to: "/pupil", type: .normal)
    }

    @Sendable func invitations(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        let words = Words(context.language)
        let snapshot = try server.engine.snapshot()
        let names = Names(snapshot.catalogue, context.language)
        let rows = try server.engine.store.invitations(ofStudent: id).map { invitation in
            ["id": invitation.id, "vacancy": (try? snapshot.vacancy(invitation.vacancyID).title[context.language]) ?? invitation.vacancyID,
             "enterprise": names.enterprise(invitation.enterpriseID), "status": words.webInvitationStatus(invitation.status.rawValue),
             "pending": invitation.status == .pending, "contact": invitation.contact ?? ""] as [String: Any]
        }
        return server.pages.render("pupil-invitations", title: words.webInvitations, [
            "invitations": rows, "none": rows.isEmpty, "words": PageWords(words),
        ], request: request, context: context)
    }

    @Sendable func answerInvitation(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        guard let invitation = context.parameters.get("id").flatMap(Int64.init) else { throw WebError.notFound }
        let form = try await FormFields.of(request, context)
        try server.answerInvitation(invitation, of: id, accept: form["answer"] == "accept", contact: form["contact"], words: Words(context.language))
        return .redirect(to: "/pupil/invitations", type: .normal)
    }
}
