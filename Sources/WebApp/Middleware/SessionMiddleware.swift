import Foundation
import Guidance
import Hummingbird
import Profiles

/// Finds who is signed in — the session cookie's token, or an admin-issued bearer token — and the
/// language to show pages in (the remembered choice, else the browser's, else Russian).
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let store: MatchDatabase

    static let sessionCookie = "match_session"
    static let languageCookie = "match_lang"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        context.language = Self.language(of: request)
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Bearer ") {
            let token = String(authorization.dropFirst("Bearer ".count))
            if let account = try store.account(apiTokenHash: SecretToken.hash(token)) {
                // An integration has no session row: its token is its session, with no CSRF token (no cookies).
                context.session = WebSession(account: account, csrfToken: "", expiresAt: .distantFuture)
                context.signedInWithBearerToken = true
            }
        } else if let token = request.cookies[Self.sessionCookie]?.value {
            let hash = SecretToken.hash(token)
            if let session = try store.session(tokenHash: hash) {
                context.session = session
                context.sessionTokenHash = hash
            }
        }
        return try await next(request, context)
    }

    static func language(of request: Request) -> Language {
        if let remembered = request.cookies[languageCookie]?.value, let language = Language(rawValue: remembered) { return language }
        let accepted = request.headers[.acceptLanguage] ?? ""
        for part in accepted.split(separator: ",") {
            let code = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).prefix(2).lowercased() } ?? ""
            if let language = Language(rawValue: code) { return language }
        }
        return .ru
    }
}
