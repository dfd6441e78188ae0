import Foundation

/// Someone who signs in to the web app. Staff sign in with a login and a password (a bcrypt hash is
/// stored, made by the web app); pupils with a one-time code their counsellor prints.
public struct Account: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    public var login: String
    public var role: AccountRole
    public var createdAt: Date

    public init(id: Int64, login: String, role: AccountRole, createdAt: Date) {
        self.id = id
        self.login = login
        self.role = role
        self.createdAt = createdAt
    }

    /// Logins are 3–64 lowercase Latin letters, digits, '.', '-' or '_'.
    public static func isValidLogin(_ login: String) -> Bool {
        (3...64).contains(login.count) && login.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || ".-_".contains($0) }
    }
}

/// A signed-in browser: the account, the CSRF token its forms carry, and when it ends.
public struct WebSession: Sendable, Hashable {
    public var account: Account
    public var csrfToken: String
    public var expiresAt: Date

    public init(account: Account, csrfToken: String, expiresAt: Date) {
        self.account = account
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}
