import Foundation
import GRDB

// Accounts, sessions, API tokens and pupils' one-time codes. Tokens and codes are stored as hashes
// (`hashes` below), so a copy of the database signs nobody in.

extension MatchDatabase {
    /// Creates an account.
    /// - Parameter passwordHash: a bcrypt hash made by the caller; nil for pupils (they sign in with codes).
    /// - Throws: `AccountError` for an invalid or taken login, or an organisation that does not exist.
    @discardableResult
    public func createAccount(login: String, passwordHash: String?, role: AccountRole, at time: Date = Date()) throws -> Account {
        guard Account.isValidLogin(login) else { throw AccountError.invalidLogin(login) }
        return try writeWebRecords { db in try Self.createAccount(login: login, passwordHash: passwordHash, role: role, at: time, db) }
    }

    /// The account with this login and its password hash, or nil.
    public func account(login: String) throws -> (account: Account, passwordHash: String?)? {
        try readWebRecords { db in
            try AccountRow.filter(AccountRow.Columns.login == login).fetchOne(db).map { ($0.account, $0.passwordHash) }
        }
    }

    /// Replaces a staff account's password hash (the demo's accounts get new passwords on every start).
    public func setPasswordHash(_ hash: String, forLogin login: String) throws {
        try writeWebRecords { db in
            try db.execute(sql: "UPDATE account SET password_hash = ? WHERE login = ? AND role <> 'pupil'", arguments: [hash, login])
        }
    }

    /// Every account, by login.
    public func accounts() throws -> [Account] {
        try readWebRecords { db in try AccountRow.order(AccountRow.Columns.login).fetchAll(db).map(\.account) }
    }

    /// Stores a new session for the account.
    public func startSession(accountID: Int64, tokenHash: String, csrfToken: String, expiresAt: Date, at time: Date = Date()) throws {
        try writeWebRecords { db in
            try WebSessionRow(tokenHash: tokenHash, accountID: accountID, csrfToken: csrfToken, createdAt: time, expiresAt: expiresAt).insert(db)
        }
    }

    /// The live session whose cookie token hashes to `tokenHash`, or nil (unknown or expired).
    public func session(tokenHash: String, now: Date = Date()) throws -> WebSession? {
        try readWebRecords { db in
            guard let session = try WebSessionRow.fetchOne(db, key: tokenHash), session.expiresAt > now,
                  let account = try AccountRow.fetchOne(db, key: session.accountID) else { return nil }
            return WebSession(account: account.account, csrfToken: session.csrfToken, expiresAt: session.expiresAt)
        }
    }

    /// Ends a session (signing out), and every session that has expired.
    public func endSession(tokenHash: String, now: Date = Date()) throws {
        try writeWebRecords { db in
            _ = try WebSessionRow.deleteOne(db, key: tokenHash)
            _ = try WebSessionRow.filter(WebSessionRow.Columns.expiresAt <= now).deleteAll(db)
        }
    }

    /// Stores a bearer token for a system integration signing in as `accountID`.
    public func issueAPIToken(accountID: Int64, tokenHash: String, label: String, at time: Date = Date()) throws {
        try writeWebRecords { db in try APITokenRow(tokenHash: tokenHash, accountID: accountID, label: label, createdAt: time).insert(db) }
    }

    /// The account a bearer token signs in as, or nil.
    public func account(apiTokenHash: String) throws -> Account? {
        try readWebRecords { db in
            guard let token = try APITokenRow.fetchOne(db, key: apiTokenHash) else { return nil }
            return try AccountRow.fetchOne(db, key: token.accountID)?.account
        }
    }

    /// Stores one-time sign-in codes (by hash) for pupils, replacing their unused ones, in one transaction.
    /// - Throws: `AccountError.unknownStudent` if a pupil does not exist (then none is stored).
    public func storeSignInCodes(_ codes: [(studentID: String, codeHash: String)], expiresAt: Date, at time: Date = Date()) throws {
        try writeWebRecords { db in
            for (studentID, codeHash) in codes {
                guard try StudentRow.exists(db, key: studentID) else { throw AccountError.unknownStudent(studentID) }
                try SignInCodeRow.filter(SignInCodeRow.Columns.studentID == studentID && SignInCodeRow.Columns.usedAt == nil).deleteAll(db)
                try SignInCodeRow(codeHash: codeHash, studentID: studentID, createdAt: time, expiresAt: expiresAt).insert(db)
            }
        }
    }

    /// Uses a one-time code: marks it used and returns the pupil's account (made on first sign-in), or nil
    /// when the code is unknown, used or expired.
    public func redeemSignInCode(codeHash: String, now: Date = Date()) throws -> Account? {
        try writeWebRecords { db in
            guard var code = try SignInCodeRow.fetchOne(db, key: codeHash), code.usedAt == nil, code.expiresAt > now else { return nil }
            code.usedAt = now
            try code.update(db)
            if let account = try AccountRow.filter(AccountRow.Columns.studentID == code.studentID).fetchOne(db) { return account.account }
            return try Self.createAccount(login: "pupil-" + code.studentID, passwordHash: nil, role: .pupil(studentID: code.studentID), at: now, db)
        }
    }

    static func createAccount(login: String, passwordHash: String?, role: AccountRole, at time: Date, _ db: Database) throws -> Account {
        if try AccountRow.filter(AccountRow.Columns.login == login).fetchCount(db) > 0 { throw AccountError.loginTaken(login) }
        let exists: Bool = switch role {
        case .admin: true
        case .department(let id): try RegionRow.exists(db, key: id)
        case .counsellor(let id): try SchoolRow.exists(db, key: id)
        case .employer(let id): try EnterpriseRow.exists(db, key: id)
        case .pupil(let id): try StudentRow.exists(db, key: id)
        }
        guard exists else { throw AccountError.unknownScope(role: role.name, id: role.scope ?? "") }
        var row = AccountRow(login: login, passwordHash: passwordHash, role: role, createdAt: time)
        try row.insert(db)
        return row.account
    }
}
