import Foundation
import Hummingbird
import Localization
import Mustache
import Profiles

/// The page templates (`Templates/`, one per page) and the frame every page is shown in: the language
/// switch, who is signed in, the role's menu, the sign-out form with its CSRF token.
struct Pages: Sendable {
    let library: MustacheLibrary

    static func load() async throws -> Pages {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return Pages(library: try await MustacheLibrary(directory: folder.path))
    }

    /// The page `template` with `data`, in the frame, as an HTML response.
    func render(_ template: String, title: String, _ data: [String: Any], request: Request, context: WebContext,
                status: HTTPResponse.Status = .ok) -> Response {
        let words = Words(context.language)
        var data = data
        data["csrf"] = context.session?.csrfToken ?? ""
        let body = library.render(data, withTemplate: template) ?? ""
        var frame: [String: Any] = [
            "lang": context.language.rawValue, "title": title, "appName": words.webAppName, "body": body,
            "languageLabel": words.webLanguage, "languages": Self.languages(request, context),
        ]
        if let session = context.session {
            frame["signedIn"] = true
            frame["who"] = "\(words.webSignedInAs) \(session.account.login) (\(words.webRoleName(session.account.role.name)))"
            frame["signOut"] = words.webSignOut
            frame["csrf"] = session.csrfToken
            frame["menu"] = Self.menu(for: session.account.role, words)
        }
        let html = library.render(frame, withTemplate: "layout") ?? body
        return Self.html(html, status: status)
    }

    /// The links of the language switch, each back to this page.
    private static func languages(_ request: Request, _ context: WebContext) -> [[String: Any]] {
        let back = request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
        return Language.allCases.map { language in
            ["code": language.rawValue, "current": language == context.language, "href": "/language/\(language.rawValue)?back=" + back]
        }
    }

    /// A page made whole elsewhere (the printable result) with the language switch at the top of its
    /// body, left out when printed.
    func withLanguageSwitch(_ html: String, request: Request, context: WebContext) -> String {
        let links = library.render(["languages": Self.languages(request, context), "languageLabel": Words(context.language).webLanguage],
                                   withTemplate: "language-switch") ?? ""
        guard let body = html.range(of: "<body>") else { return links + html }
        return html.replacingCharacters(in: body, with: "<body>\n" + links)
    }

    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private static func menu(for role: AccountRole, _ words: Words) -> [[String: String]] {
        switch role {
        case .admin: [["href": "/admin", "label": words.webAccounts]]
        case .department: [["href": "/department", "label": words.webRegionReport], ["href": "/department/allocation", "label": words.webAllocationRuns],
                            ["href": "/department/fairness", "label": words.webFairnessAudit]]
        case .counsellor: [["href": "/counsellor", "label": words.webClasses]]
        case .employer: [["href": "/employer", "label": words.webVacancies], ["href": "/employer/invitations", "label": words.webInvitations]]
        case .pupil: [["href": "/pupil", "label": words.webMyRecommendations], ["href": "/pupil/questionnaire", "label": words.webQuestionnaire],
                      ["href": "/pupil/invitations", "label": words.webInvitations], ["href": "/pupil/print", "label": words.webPrintableResult]]
        }
    }
}
