import Foundation
import Hummingbird
import Localization
import Profiles

/// Signing in (staff with a password, pupils with a one-time code), signing out, and the language switch.
struct AuthController {
    let server: WebServer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/", use: home)
        group.get("login", use: loginPage)
        group.post("login", use: signIn)
        group.post("code", use: signInWithCode)
        group.post("logout", use: signOut)
        group.get("language/:code", use: chooseLanguage)
    }

    /// The signed-in role's first page, or the sign-in page.
    static func home(of role: AccountRole) -> String {
        switch role {
        case .admin: "/admin"
        case .department: "/department"
        case .counsellor: "/counsellor"
        case .employer: "/employer"
        case .pupil: "/pupil"
        }
    }

    @Sendable func home(_ request: Request, context: WebContext) async throws -> Response {
        .redirect(to: context.session.map { Self.home(of: $0.account.role) } ?? "/login", type: .found)
    }

    @Sendable func loginPage(_ request: Request, context: WebContext) async throws -> Response {
        page(request, context, problem: nil)
    }

    private func page(_ request: Request, _ context: WebContext, problem: String?, status: HTTPResponse.Status = .ok) -> Response {
        let words = Words(context.language)
        // A visitor's double-submit CSRF token: the cookie and the forms carry the same value.
        let token = request.cookies[CSRFMiddleware.visitorCookie]?.value ?? SecretToken.make()
        var response = server.pages.render("login", title: words.webSignIn, [
            "visitorCSRF": token, "problem": problem ?? "", "hasProblem": problem != nil,
            "staff": words.webStaffSignIn, "pupil": words.webPupilSignIn, "login": words.webLogin, "password": words.webPassword,
            "code": words.webPupilCode, "signIn": words.webSignIn,
        ], request: request, context: context, status: status)
        response.setCookie(server.cookie(CSRFMiddleware.visitorCookie, token, maxAge: 3600))
        return response
    }

    @Sendable func signIn(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormFields.of(request, context)
        let login = (form["login"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let keys = ["login:" + login, "address:" + Self.address(of: context)]
        let words = Words(context.language)
        guard !server.throttle.isBlocked(keys) else { return page(request, context, problem: words.webTooManyAttempts, status: .tooManyRequests) }
        let found = try server.engine.store.account(login: login)
        guard Passwords.verify(form["password"] ?? "", hash: found?.passwordHash), let account = found?.account else {
            server.throttle.recordFailure(keys)
            return page(request, context, problem: words.webWrongLogin, status: .unauthorized)
        }
        server.throttle.clear(keys[0])
        return try startSession(for: account)
    }

    @Sendable func signInWithCode(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormFields.of(request, context)
        let code = SecretToken.normalisedCode(form["code"] ?? "")
        let keys = ["address:" + Self.address(of: context)]
        let words = Words(context.language)
        guard !server.throttle.isBlocked(keys) else { return page(request, context, problem: words.webTooManyAttempts, status: .tooManyRequests) }
        guard let account = try server.engine.store.redeemSignInCode(codeHash: SecretToken.hash(code)) else {
            server.throttle.recordFailure(keys)
            return page(request, context, problem: words.webWrongCode, status: .unauthorized)
        }
        return try startSession(for: account)
    }

    private func startSession(for account: Account) throws -> Response {
        let token = SecretToken.make()
        try server.engine.store.startSession(accountID: account.id, tokenHash: SecretToken.hash(token), csrfToken: SecretToken.make(),
                                             expiresAt: Date().addingTimeInterval(WebServer.sessionLength))
        var response = Response.redirect(to: Self.home(of: account.role), type: .found)
        response.setCookie(server.cookie(SessionMiddleware.sessionCookie, token, maxAge: Int(WebServer.sessionLength)))
        return response
    }

    @Sendable func signOut(_ request: Request, context: WebContext) async throws -> Response {
        if let hash = context.sessionTokenHash { try server.engine.store.endSession(tokenHash: hash) }
        var response = Response.redirect(to: "/login", type: .found)
        response.setCookie(server.cookie(SessionMiddleware.sessionCookie, "", maxAge: 0))
        return response
    }

    /// Remembers the language in a cookie and goes back to the page the switch was on.
    @Sendable func chooseLanguage(_ request: Request, context: WebContext) async throws -> Response {
        guard let language = context.parameters.get("code").flatMap(Language.init(rawValue:)) else { throw WebError.notFound }
        let back = request.uri.queryParameters.get("back") ?? "/"
        // Only a path of this site: never "//elsewhere" or "https://…".
        let target = back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/"
        var response = Response.redirect(to: target, type: .found)
        response.setCookie(server.cookie(SessionMiddleware.languageCookie, language.rawValue, maxAge: 365 * 24 * 3600, httpOnly: false))
        return response
    }

    private static func address(of context: WebContext) -> String { context.clientAddress }
}
