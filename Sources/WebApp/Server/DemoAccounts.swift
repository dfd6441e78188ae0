import Foundation
import Guidance
import Profiles

/// One account per role over the shipped data, for trying the web app: the Karaganda region's
/// department, the counsellor of the school with the most pupils there, Tengri Tyres' HR office, an admin,
/// and a one-time code for one of the counsellor's pupils. Passwords are new on every start.
public enum DemoAccounts {
    public struct Login: Sendable {
        public let login: String
        public let password: String
        public let role: String
    }

    public struct Result: Sendable {
        public let logins: [Login]
        public let pupilID: String?
        public let pupilCode: String?
    }

    public static func create(in engine: MatchEngine) throws -> Result {
        let snapshot = try engine.snapshot()
        let region = snapshot.catalogue.regions.contains { $0.id == "karaganda" } ? "karaganda" : snapshot.catalogue.regions.first?.id
        let schoolPupils = Dictionary(grouping: snapshot.students.filter { $0.schoolID != nil && $0.regionID == region }, by: { $0.schoolID! })
        let school = schoolPupils.max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key ?? snapshot.catalogue.schools.first?.id
        let enterprise = snapshot.catalogue.enterprises.contains { $0.id == "tengri-tyres" } ? "tengri-tyres"
            : snapshot.catalogue.vacancies.first?.enterpriseID
        var roles: [(String, AccountRole)] = [("demo-admin", .admin)]
        if let region { roles.append(("demo-department", .department(regionID: region))) }
        if let school { roles.append(("demo-counsellor", .counsellor(schoolID: school))) }
        if let enterprise { roles.append(("demo-employer", .employer(enterpriseID: enterprise))) }
        var logins: [Login] = []
        for (login, role) in roles {
            let password = String(SecretToken.make().prefix(16))
            let hash = Passwords.hash(password)
            if try engine.store.account(login: login) != nil {
                try engine.store.setPasswordHash(hash, forLogin: login)
            } else {
                try engine.store.createAccount(login: login, passwordHash: hash, role: role)
            }
            logins.append(Login(login: login, password: password, role: role.name))
        }
        // A pupil of the demo school who is a schoolchild, with a code that works once.
        let pupil = school.flatMap { id in schoolPupils[id]?.sorted { $0.id < $1.id }.first }
        var code: String?
        if let pupil {
            let fresh = SecretToken.pupilCode()
            try engine.store.storeSignInCodes([(pupil.id, SecretToken.hash(SecretToken.normalisedCode(fresh)))],
                                              expiresAt: Date().addingTimeInterval(CounsellorController.codeLifetime))
            code = fresh
        }
        return Result(logins: logins, pupilID: pupil?.id, pupilCode: code)
    }
}
