import Foundation
import Guidance
import Hummingbird
import Localization
import Presentation
import Profiles

/// A school counsellor's pages: the school's classes, a class's list with each pupil's top specialties,
/// each pupil's page, importing a class file, an Excel-ready export, one-time sign-in codes, consent.
/// Only the counsellor's own school: any other pupil or class is "not found".
struct CounsellorController {
    let server: WebServer
    /// How long a printed code works.
    static let codeLifetime: TimeInterval = 14 * 24 * 3600

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/", use: classes)
        group.post("import", use: importClass)
        group.get("classes/:class", use: classList)
        group.get("classes/:class/csv", use: exportClass)
        group.post("classes/:class/codes", use: printCodes)
        group.get("pupils/:id", use: pupil)
        group.post("pupils/:id/consent", use: recordConsent)
    }

    /// The school's pupils, from the engine's snapshot.
    private func pupils(of school: String) throws -> [Student] {
        try server.engine.snapshot().students.filter { $0.schoolID == school }
    }

    private func schoolName(_ id: String, _ language: Language) throws -> String {
        try server.engine.snapshot().catalogue.schools.first { $0.id == id }?.name[language] ?? id
    }

    @Sendable func classes(_ request: Request, context: WebContext) async throws -> Response {
        let school = try context.counsellorSchool()
        return try classesPage(school, request, context, problems: [], notice: nil)
    }

    private func classesPage(_ school: String, _ request: Request, _ context: WebContext, problems: [String], notice: String?,
                             pasted: String = "") throws -> Response {
        let words = Words(context.language)
        let byClass = Dictionary(grouping: try pupils(of: school), by: { $0.className ?? "—" })
        let rows = byClass.keys.sorted { $0.localizedStandardCompare($1) == .orderedAscending }.map { name in
            ["name": name, "count": byClass[name]!.count,
             "href": "/counsellor/classes/" + (name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)] as [String: Any]
        }
        return server.pages.render("counsellor", title: try schoolName(school, context.language), [
            "school": try schoolName(school, context.language), "classes": rows, "words": PageWords(words),
            "problems": problems, "hasProblems": !problems.isEmpty, "notice": notice ?? "", "hasNotice": notice != nil, "pasted": pasted,
        ], request: request, context: context, status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    /// A class file, checked by the importer as `match-cli import` checks it (every pupil must be at this
    /// school): all rows are stored, or none, with each problem's line.
    @Sendable func importClass(_ request: Request, context: WebContext) async throws -> Response {
        let school = try context.counsellorSchool()
        let form = try await FormFields.of(request, context)
        let text = try form.required("csv")
        let words = Words(context.language)
        do {
            let summary = try server.importClass(text, fileName: form["filename"], school: school)
            return try classesPage(school, request, context, problems: [],
                                   notice: words.webImported(summary?.new ?? 0, summary?.changed ?? 0, summary?.unchanged ?? 0))
        } catch let failure as ImportFailure {
            return try classesPage(school, request, context, problems: failure.problems.map(words.message(for:)), notice: nil, pasted: text)
        }
    }

    /// The uploaded file's name as problems name it: its last component, letters, digits, '.', '-' and '_' only.
    static func fileName(_ given: String?) -> String {
        let base = (given ?? "").split(separator: "/").last.map(String.init) ?? ""
        let safe = String(base.filter { $0.isLetter || $0.isNumber || ".-_".contains($0) }.prefix(64))
        return safe.lowercased().hasSuffix(".csv") ? safe : "class.csv"
    }

    private func classPupils(_ request: Request, _ context: WebContext) throws -> (school: String, name: String, list: ClassList) {
        let school = try context.counsellorSchool()
        guard let name = context.parameters.get("class")?.removingPercentEncoding else { throw WebError.notFound }
        let list = try server.engine.classList(ClassListRequest(schoolID: school, className: name, top: 3, language: context.language))
        guard !list.students.isEmpty else { throw WebError.notFound }
        return (school, name, list)
    }

    @Sendable func classList(_ request: Request, context: WebContext) async throws -> Response {
        let (_, name, list) = try classPupils(request, context)
        let account = try context.account()
        for pupil in list.students { try server.recordView(of: pupil.student, by: account, page: request.uri.path) }
        let rows = list.students.map { pupil in
            ["id": pupil.student.id, "href": "/counsellor/pupils/" + pupil.student.id,
             "top": pupil.items.map { "\($0.name) (\($0.bandLabel))" }] as [String: Any]
        }
        let words = Words(context.language)
        return server.pages.render("counsellor-class", title: "\(words.webClasses): \(name)", [
            "name": name, "pupils": rows, "words": PageWords(words),
            "csv": request.uri.path + "/csv", "codes": request.uri.path + "/codes",
        ], request: request, context: context)
    }

    /// The class list as CSV for Excel: UTF-8 with a byte-order mark, so Excel reads Cyrillic right.
    @Sendable func exportClass(_ request: Request, context: WebContext) async throws -> Response {
        let (_, name, list) = try classPupils(request, context)
        let account = try context.account()
        for pupil in list.students { try server.recordView(of: pupil.student, by: account, page: request.uri.path) }
        let csv = CSVText.byteOrderMark + (try list.render(.csv))
        let file = "class-" + String(name.filter { $0.isLetter || $0.isNumber }) + ".csv"
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(file)\""],
                        body: .init(byteBuffer: ByteBuffer(string: csv)))
    }

    /// New one-time codes for every pupil of the class (their unused ones stop working), on a page to print.
    @Sendable func printCodes(_ request: Request, context: WebContext) async throws -> Response {
        let (_, name, list) = try classPupils(request, context)
        let codes = list.students.map { ($0.student.id, SecretToken.pupilCode()) }
        try server.engine.store.storeSignInCodes(codes.map { ($0.0, SecretToken.hash(SecretToken.normalisedCode($0.1))) },
                                                 expiresAt: Date().addingTimeInterval(Self.codeLifetime))
        let words = Words(context.language)
        return server.pages.render("counsellor-codes", title: "\(words.webPrintCodes): \(name)", [
            "name": name, "codes": codes.map { ["student": $0.0, "code": $0.1] }, "words": PageWords(words),
        ], request: request, context: context)
    }

    private func ownPupil(_ context: WebContext) throws -> Student {
        try server.pupil(context.parameters.get("id"), ofSchool: context.counsellorSchool())
    }

    @Sendable func pupil(_ request: Request, context: WebContext) async throws -> Response {
        let student = try ownPupil(context)
        try server.recordView(of: student, by: context.account(), page: request.uri.path)
        let words = Words(context.language)
        // Worded for the counsellor: the pupil's interests, not "yours".
        let view = try PupilView(server.engine.recommend(RecommendationRequest(studentID: student.id, language: context.language)),
                                 answered: server.engine.store.answers(of: student.id) != nil, words: words, reader: .counsellor)
        let consent = student.guardianConsent.map { $0 ? words.webYes : words.webNo } ?? words.webNotAsked
        return server.pages.render("counsellor-pupil", title: words.webPupilRecommendations(student.id), [
            "id": student.id, "className": student.className ?? "", "view": view, "words": PageWords(words),
            "notYetAnswered": words.webPupilNotYetAnswered,
            "consent": consent, "consentHref": request.uri.path + "/consent",
        ], request: request, context: context)
    }

    /// The guardian's answer, as the counsellor received it on paper.
    @Sendable func recordConsent(_ request: Request, context: WebContext) async throws -> Response {
        let student = try ownPupil(context)
        let form = try await FormFields.of(request, context)
        try server.recordConsent(form["consent"] == "yes", of: student, by: context.account())
        return .redirect(to: "/counsellor/pupils/" + student.id, type: .normal)
    }
}
