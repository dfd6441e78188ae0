import Foundation
import GRDB

/// A row of `account`: a login, its role and the one organisation the role is for.
struct AccountRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "account"
    var id: Int64?
    var login: String
    var passwordHash: String?
    var role: String
    var regionID: String?
    var schoolID: String?
    var enterpriseID: String?
    var studentID: String?
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, login, passwordHash = "password_hash", role, regionID = "region_id", schoolID = "school_id"
        case enterpriseID = "enterprise_id", studentID = "student_id", createdAt = "created_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let login = Column(CodingKeys.login)
        static let studentID = Column(CodingKeys.studentID)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(login: String, passwordHash: String?, role: AccountRole, createdAt: Date) {
        self.login = login
        self.passwordHash = passwordHash
        self.role = role.name
        self.createdAt = createdAt
        switch role {
        case .admin: break
        case .department(let id): regionID = id
        case .counsellor(let id): schoolID = id
        case .employer(let id): enterpriseID = id
        case .pupil(let id): studentID = id
        }
    }

    var account: Account {
        let role: AccountRole = switch self.role {
        case "department": .department(regionID: regionID!)
        case "counsellor": .counsellor(schoolID: schoolID!)
        case "employer": .employer(enterpriseID: enterpriseID!)
        case "pupil": .pupil(studentID: studentID!)
        default: .admin
        }
        return Account(id: id!, login: login, role: role, createdAt: createdAt)
    }
}

/// A row of `web_session`: a signed-in browser, found by the hash of its cookie's token.
struct WebSessionRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "web_session"
    var tokenHash: String
    var accountID: Int64
    var csrfToken: String
    var createdAt: Date
    var expiresAt: Date

    enum CodingKeys: String, CodingKey {
        case tokenHash = "token_hash", accountID = "account_id", csrfToken = "csrf_token", createdAt = "created_at", expiresAt = "expires_at"
    }

    enum Columns {
        static let tokenHash = Column(CodingKeys.tokenHash)
        static let expiresAt = Column(CodingKeys.expiresAt)
    }
}

/// A row of `api_token`: a bearer token an admin issued for a system integration, by its hash.
struct APITokenRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "api_token"
    var tokenHash: String
    var accountID: Int64
    var label: String
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case tokenHash = "token_hash", accountID = "account_id", label, createdAt = "created_at"
    }
}

/// A row of `sign_in_code`: a pupil's one-time code, by its hash; used once, before it expires.
struct SignInCodeRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sign_in_code"
    var codeHash: String
    var studentID: String
    var createdAt: Date
    var expiresAt: Date
    var usedAt: Date?

    enum CodingKeys: String, CodingKey {
        case codeHash = "code_hash", studentID = "student_id", createdAt = "created_at", expiresAt = "expires_at", usedAt = "used_at"
    }

    enum Columns {
        static let studentID = Column(CodingKeys.studentID)
        static let usedAt = Column(CodingKeys.usedAt)
    }
}

/// A row of `invitation`.
struct InvitationRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "invitation"
    var id: Int64?
    var vacancyID: String
    var studentID: String
    var pseudonym: String
    var status: String
    var contact: String?
    var createdAt: Date
    var answeredAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, vacancyID = "vacancy_id", studentID = "student_id", pseudonym, status, contact
        case createdAt = "created_at", answeredAt = "answered_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let vacancyID = Column(CodingKeys.vacancyID)
        static let studentID = Column(CodingKeys.studentID)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func invitation(enterpriseID: String) -> Invitation {
        Invitation(id: id!, vacancyID: vacancyID, enterpriseID: enterpriseID, pseudonym: pseudonym,
                   status: Invitation.Status(rawValue: status)!, contact: contact, createdAt: createdAt, answeredAt: answeredAt)
    }
}

/// A row of `guardian_consent_record`: who recorded a guardian's answer, and when.
struct GuardianConsentRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "guardian_consent_record"
    var studentID: String
    var consent: Bool
    var recordedBy: Int64
    var recordedAt: Date

    enum CodingKeys: String, CodingKey {
        case studentID = "student_id", consent, recordedBy = "recorded_by", recordedAt = "recorded_at"
    }
}
