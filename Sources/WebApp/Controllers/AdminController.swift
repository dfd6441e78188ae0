import Foundation
import Hummingbird
import Localization
import Profiles

/// The admin's pages: accounts (one per person, each for one role and organisation) and bearer tokens
/// for system integrations. The admin sees no pupil's record.
struct AdminController {
    let server: WebServer

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.get("/", use: accounts)
        group.post("accounts", use: createAccount)
        group.post("tokens", use: issueToken)
    }

    @Sendable func accounts(_ request: Request, context: WebContext) async throws -> Response {
        try context.requireAdmin()
        return try page(request, context, notice: nil)
    }

    private func page(_ request: Request, _ context: WebContext, notice: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        let words = Words(context.language)
        let rows = try server.engine.store.accounts().filter { $0.role.name != "pupil" }.map {
            ["login": $0.login, "role": words.webRoleName($0.role.name), "scope": $0.role.scope ?? ""]
        }
        return server.pages.render("admin", title: words.webAccounts, [
            "accounts": rows, "words": PageWords(words), "roles": ["department", "counsellor", "employer", "admin"].map { ["code": $0, "name": words.webRoleName($0)] },
            "notice": notice ?? "", "hasNotice": notice != nil,
        ], request: request, context: context, status: status)
    }

    @Sendable func createAccount(_ request: Request, context: WebContext) async throws -> Response {
        try context.requireAdmin()
        let form = try await FormFields.of(request, context)
        let login = try form.required("login").lowercased(), password = try form.required("password")
        guard password.count >= Passwords.minimumLength else { throw WebError.badRequest(Words(context.language).webPassword) }
        let scope = form["scope"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let role: AccountRole = switch form["role"] {
        case "department": .department(regionID: scope)
        case "counsellor": .counsellor(schoolID: scope)
        case "employer": .employer(enterpriseID: scope)
        case "admin": .admin
        default: throw WebError.badRequest("role")
        }
        do {
            try server.engine.store.createAccount(login: login, passwordHash: Passwords.hash(password), role: role)
        } catch let error as AccountError {
            return try page(request, context, notice: error.description, status: .unprocessableContent)
        }
        return .redirect(to: "/admin", type: .normal)
    }

    /// A bearer token signing in as an existing account, shown once.
    @Sendable func issueToken(_ request: Request, context: WebContext) async throws -> Response {
        try context.requireAdmin()
        let form = try await FormFields.of(request, context)
        let login = try form.required("login").lowercased()
        guard let account = try server.engine.store.account(login: login)?.account else { throw WebError.notFound }
        let token = SecretToken.make()
        try server.engine.store.issueAPIToken(accountID: account.id, tokenHash: SecretToken.hash(token), label: form["label"] ?? login)
        return try page(request, context, notice: "\(Words(context.language).webTokenShownOnce) \(token)")
    }
}
