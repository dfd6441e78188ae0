import Foundation
import Guidance
import HTTPTypes
import Hummingbird
import Logging
import HummingbirdTesting
import NIOCore
import Profiles
import TestSupport
@testable import WebApp

/// A web app over the fixture catalogue and a generated cohort, with a signed-in session for each role in
/// an "own" organisation and in an "other" one, made directly in the store (no bcrypt per test).
struct WebFixture {
    enum Who: String, CaseIterable, Sendable {
        case visitor, admin, department, counsellor, employer, pupil
        case otherDepartment, otherCounsellor, otherEmployer, otherPupil
    }

    let engine: MatchEngine
    let server: WebServer
    /// The session cookie's token and CSRF token of each signed-in role.
    let sessions: [Who: (token: String, csrf: String)]
    let ownPupil: Student
    let otherPupil: Student
    let ownVacancy = "saran-welder"
    let ownClass: String

    static let ownSchool = "saran-school-3", otherSchool = "khromtau-school-1"

    init(database: MatchDatabase? = nil) async throws {
        let store = try database ?? Fixtures.database(students: 600, seed: 7)
        engine = MatchEngine(store: store)
        server = try await WebServer(engine: engine, configuration: .init(port: 0, dataDirectory: Fixtures.shippedData))
        let students = try engine.snapshot().students
        ownPupil = students.first { $0.schoolID == Self.ownSchool }!
        otherPupil = students.first { $0.schoolID == Self.otherSchool }!
        ownClass = ownPupil.className!
        let roles: [Who: AccountRole] = [
            .admin: .admin, .department: .department(regionID: "karaganda"), .otherDepartment: .department(regionID: "aktobe"),
            .counsellor: .counsellor(schoolID: Self.ownSchool), .otherCounsellor: .counsellor(schoolID: Self.otherSchool),
            .employer: .employer(enterpriseID: "saran-tyres"), .otherEmployer: .employer(enterpriseID: "khromtau-mine"),
            .pupil: .pupil(studentID: ownPupil.id), .otherPupil: .pupil(studentID: otherPupil.id),
        ]
        var sessions: [Who: (String, String)] = [:]
        for (who, role) in roles {
            let account = try store.createAccount(login: "test-" + who.rawValue.lowercased(), passwordHash: role.name == "pupil" ? nil : "x", role: role)
            let token = SecretToken.make(), csrf = SecretToken.make()
            try store.startSession(accountID: account.id, tokenHash: SecretToken.hash(token), csrfToken: csrf, expiresAt: Date().addingTimeInterval(3600))
            sessions[who] = (token, csrf)
        }
        self.sessions = sessions
    }

    /// Request logs only for warnings, so test output stays readable.
    static var quietLogger: Logger {
        var logger = Logger(label: "web-tests")
        logger.logLevel = .warning
        return logger
    }

    /// The application over the fixture, logging warnings only.
    func app() -> some ApplicationProtocol { server.application(logger: Self.quietLogger) }

    /// The visitor's double-submit token, sent as cookie and field.
    static let visitorCSRF = "visitor-token-0123456789abcdef"

    func headers(_ who: Who, extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        if let session = sessions[who] {
            headers[.cookie] = "\(SessionMiddleware.sessionCookie)=\(session.token)"
        } else {
            headers[.cookie] = "\(CSRFMiddleware.visitorCookie)=\(Self.visitorCSRF)"
        }
        return headers
    }

    /// The CSRF token `who`'s forms carry.
    func csrf(_ who: Who) -> String { sessions[who]?.csrf ?? Self.visitorCSRF }

    /// A form body, percent-encoded.
    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
