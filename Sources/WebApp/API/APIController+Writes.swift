import Foundation
import Guidance
import Hummingbird
import Localization
import Matcher
import Profiles

/// `/api/v1/`'s state-changing calls: the page forms' twins, with a JSON body, calling the same actions
/// (`WebServer+Actions.swift`). A cookie session sends its CSRF token in `X-CSRF-Token` (from `me`); a
/// bearer token needs none. A refused body answers 422 with the reason in the user's language.
extension APIController {
    func addWriteRoutes(to group: RouterGroup<WebContext>) {
        group.post("pupil/grades", use: setGrades)
        group.post("pupil/skills", use: addSkill)
        group.post("pupil/invitations/:id", use: answerInvitation)
        group.post("counsellor/import", use: importClass)
        group.post("counsellor/pupils/:id/consent", use: recordConsent)
        group.post("employer/vacancies", use: createVacancy)
        group.put("employer/vacancies/:id", use: editVacancy)
        group.post("employer/vacancies/:id/invite", use: invite)
        group.get("department/allocations", use: allocations)
        group.post("department/allocations", use: startAllocation)
    }

    /// The body as JSON of `type`, or 400 naming the body.
    func body<Body: Decodable>(_ type: Body.Type, _ request: Request, _ context: WebContext) async throws -> Body {
        var request = request
        let bytes = try await request.collectBody(upTo: context.maxUploadSize)
        do {
            return try JSONDecoder().decode(Body.self, from: Data(buffer: bytes))
        } catch {
            throw WebError.badRequest("body")
        }
    }

    // MARK: Pupil

    /// `{"grades": {"math": 5, "физика": 4}}`: subjects by id or name in kk, ru or en, as `pupil grades` takes them.
    struct GradesBody: Decodable { let grades: [String: Int] }

    @Sendable func setGrades(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        let body = try await body(GradesBody.self, request, context)
        let grades = body.grades.keys.sorted().map { GradesRequest.Grade(subject: $0, grade: body.grades[$0]!) }
        return try APIResponse.json(try server.setGrades(grades, of: id, by: context.account(), words: Words(context.language)).document)
    }

    struct SkillBody: Decodable { let skill: String }

    /// A hobby by skill id (from `skills?q=`), as the skill picker adds it.
    @Sendable func addSkill(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        let body = try await body(SkillBody.self, request, context)
        try server.addHobby(body.skill, of: id)
        return try APIResponse.json(try server.engine.pupilInputs(id, language: context.language).document)
    }

    struct AnswerBody: Decodable { let accept: Bool, contact: String? }
    struct Answered: Encodable { let id: Int64, status: String }

    @Sendable func answerInvitation(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.pupilID()
        guard let invitation = context.parameters.get("id").flatMap(Int64.init) else { throw WebError.notFound }
        let body = try await body(AnswerBody.self, request, context)
        try server.answerInvitation(invitation, of: id, accept: body.accept, contact: body.contact, words: Words(context.language))
        return try APIResponse.json(Answered(id: invitation, status: (body.accept ? Invitation.Status.accepted : .declined).rawValue))
    }

    // MARK: Counsellor

    struct ImportBody: Decodable { let csv: String, filename: String? }
    struct Imported: Encodable { let file: String, new: Int, changed: Int, unchanged: Int }

    /// A class file's text, checked as the import page checks it; its problems answer 422, one a line.
    @Sendable func importClass(_ request: Request, context: WebContext) async throws -> Response {
        let school = try context.counsellorSchool()
        let body = try await body(ImportBody.self, request, context)
        let words = Words(context.language)
        do {
            let summary = try server.importClass(body.csv, fileName: body.filename, school: school)
            return try APIResponse.json(Imported(file: CounsellorController.fileName(body.filename), new: summary?.new ?? 0,
                                                 changed: summary?.changed ?? 0, unchanged: summary?.unchanged ?? 0))
        } catch let failure as ImportFailure {
            throw WebError.unprocessable(([words.webImportProblems] + failure.problems.map(words.message(for:))).joined(separator: "\n"))
        }
    }

    struct ConsentBody: Decodable { let consent: Bool }
    struct Consent: Encodable { let student: String, consent: Bool }

    @Sendable func recordConsent(_ request: Request, context: WebContext) async throws -> Response {
        let student = try server.pupil(context.parameters.get("id"), ofSchool: context.counsellorSchool())
        let body = try await body(ConsentBody.self, request, context)
        try server.recordConsent(body.consent, of: student, by: context.account())
        return try APIResponse.json(Consent(student: student.id, consent: body.consent))
    }

    // MARK: Employer

    /// A vacancy as JSON: the form's fields (`VacancyForm`), checked by the importer the same way.
    struct VacancyBody: Decodable {
        struct Requirement: Decodable { let skill: String, level: Int, importance: Int, mustHave: Bool? }
        let title: [String: String]
        let kind: String
        let headcount: Int
        let minimumAge: Int
        /// Kept as they are when an edit leaves them out.
        let specialties: [String]?
        let requirements: [Requirement]

        func form(id: String?, enterpriseID: String, keeping kept: Vacancy?) -> VacancyForm {
            var form = VacancyForm(enterpriseID: enterpriseID)
            form.id = id
            for language in Language.allCases { form.title[language] = title[language.rawValue] ?? "" }
            form.kind = kind
            form.headcount = String(headcount)
            form.minimumAge = String(minimumAge)
            form.specialties = (specialties ?? kept?.specialtyIDs ?? []).joined(separator: ";")
            form.requirements = requirements.map {
                VacancyForm.Requirement(skill: $0.skill, level: String($0.level), importance: String($0.importance), mustHave: $0.mustHave ?? false)
            }
            return form
        }
    }
    struct Saved: Encodable { let id: String }

    @Sendable func createVacancy(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        let body = try await body(VacancyBody.self, request, context)
        return try save(body.form(id: nil, enterpriseID: enterprise, keeping: nil), enterprise, context)
    }

    @Sendable func editVacancy(_ request: Request, context: WebContext) async throws -> Response {
        let enterprise = try context.employerEnterprise()
        let vacancy = try server.vacancy(context.parameters.get("id"), ofEnterprise: enterprise)
        let body = try await body(VacancyBody.self, request, context)
        return try save(body.form(id: vacancy.id, enterpriseID: enterprise, keeping: vacancy), enterprise, context)
    }

    private func save(_ form: VacancyForm, _ enterprise: String, _ context: WebContext) throws -> Response {
        let words = Words(context.language)
        do {
            return try APIResponse.json(Saved(id: try server.saveVacancy(form, enterprise: enterprise)))
        } catch let failure as ImportFailure {
            throw WebError.unprocessable(failure.problems.map(words.message(for:)).joined(separator: "\n"))
        }
    }

    struct InviteBody: Decodable { let candidate: String }
    struct Invited: Encodable { let vacancyID: String, candidate: String }

    @Sendable func invite(_ request: Request, context: WebContext) async throws -> Response {
        let vacancy = try server.vacancy(context.parameters.get("id"), ofEnterprise: context.employerEnterprise())
        let body = try await body(InviteBody.self, request, context)
        try server.invite(body.candidate, to: vacancy)
        return try APIResponse.json(Invited(vacancyID: vacancy.id, candidate: body.candidate))
    }

    // MARK: Department

    @Sendable func allocations(_ request: Request, context: WebContext) async throws -> Response {
        try APIResponse.json(try server.engine.regionAllocations(context.departmentRegion()))
    }

    struct AllocationBody: Decodable { let method: BatchMatch.Method }

    /// A run for the region (`stable` or `optimal`); its summary holds counts only.
    @Sendable func startAllocation(_ request: Request, context: WebContext) async throws -> Response {
        let region = try context.departmentRegion()
        let body = try await body(AllocationBody.self, request, context)
        return try APIResponse.json(try server.runAllocation(body.method, region: region, by: context.account(), language: context.language))
    }
}
