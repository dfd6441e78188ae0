import Foundation
import Guidance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Profiles
import TestSupport
import Testing
@testable import WebApp

@Suite struct SecurityTests {
    @Test func aFormWithoutTheSessionsTokenIsRefused() async throws {
        // Given a counsellor's session and another session's token
        let fixture = try await WebFixture()
        let consent = "/counsellor/pupils/\(fixture.ownPupil.id)/consent"
        try await fixture.app().test(.router) { client in
            let headers = fixture.headers(.counsellor, extra: WebFixture.formHeaders)
            // When the form has no token, or the employer's session's token
            let without = try await client.execute(uri: consent, method: .post, headers: headers, body: WebFixture.form([("consent", "yes")]))
            let foreign = try await client.execute(uri: consent, method: .post, headers: headers,
                                                   body: WebFixture.form([("csrf", fixture.csrf(.employer)), ("consent", "yes")]))
            let wrongHeader = try await client.execute(uri: consent, method: .post,
                                                       headers: fixture.headers(.counsellor, extra: [.contentType: "application/x-www-form-urlencoded",
                                                                                                   CSRFMiddleware.header: fixture.csrf(.pupil)]),
                                                       body: WebFixture.form([("consent", "yes")]))
            // Then both are refused and nothing changes
            #expect(without.status == .forbidden)
            #expect(foreign.status == .forbidden)
            #expect(wrongHeader.status == .forbidden)
            // And with its own token the same form is taken
            let own = try await client.execute(uri: consent, method: .post, headers: headers,
                                               body: WebFixture.form([("csrf", fixture.csrf(.counsellor)), ("consent", "no")]))
            #expect(own.status == .seeOther)
        }
        #expect(try fixture.engine.store.student(id: fixture.ownPupil.id)?.guardianConsent == false)
    }

    @Test func aSignInFormWithoutTheVisitorsCookieTokenIsRefused() async throws {
        let fixture = try await WebFixture()
        try await fixture.app().test(.router) { client in
            let response = try await client.execute(uri: "/login", method: .post, headers: WebFixture.formHeaders,
                                                    body: WebFixture.form([("csrf", "made-up"), ("login", "x"), ("password", "y")]))
            #expect(response.status == .forbidden)
        }
    }

    @Test func signingInSetsAnHttpOnlyLaxCookieAndFailuresAreRateLimited() async throws {
        // Given a counsellor account with a bcrypt password
        let fixture = try await WebFixture()
        try fixture.engine.store.createAccount(login: "anna", passwordHash: Passwords.hash("correct horse battery"), role: .counsellor(schoolID: WebFixture.ownSchool))
        try await fixture.app().test(.router) { client in
            func signIn(_ password: String) async throws -> TestResponse {
                try await client.execute(uri: "/login", method: .post, headers: fixture.headers(.visitor, extra: WebFixture.formHeaders),
                                         body: WebFixture.form([("csrf", WebFixture.visitorCSRF), ("login", "anna"), ("password", password)]))
            }
            // When the right password is given
            let good = try await signIn("correct horse battery")
            #expect(good.status == .found)
            #expect(good.headers[.location] == "/counsellor")
            let cookie = try #require(good.headers[.setCookie])
            #expect(cookie.contains("match_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            // When five wrong passwords follow, the sixth attempt is refused even with the right password
            for _ in 0..<5 { #expect(try await signIn("wrong").status == .unauthorized) }
            #expect(try await signIn("correct horse battery").status == .tooManyRequests)
        }
    }

    @Test func sessionsSurviveARestart() async throws {
        // Given a session stored in a database file
        let folder = try Fixtures.temporaryDirectory()
        let path = folder.appendingPathComponent("web.sqlite").path
        let first = try MatchDatabase(path: path)
        try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 300, seed: 7, referenceYear: Fixtures.referenceYear).build(into: first)
        let before = try await WebFixture(database: first)
        // When another server opens the same file
        let after = try await WebServer(engine: MatchEngine(store: try MatchDatabase(path: path)),
                                        configuration: .init(port: 0, dataDirectory: Fixtures.shippedData))
        // Then the first server's cookie still signs in
        try await after.application(logger: WebFixture.quietLogger).test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/me", method: .get, headers: before.headers(.counsellor))
            #expect(response.status == .ok)
            #expect(response.text.contains("test-counsellor"))
        }
    }

    @Test func aPupilsCodeWorksOnceAndNotAfterItExpires() async throws {
        let fixture = try await WebFixture()
        let store = fixture.engine.store
        try store.storeSignInCodes([(fixture.ownPupil.id, SecretToken.hash("ABCDE23456"))], expiresAt: Date().addingTimeInterval(3600))
        try await fixture.app().test(.router) { client in
            func use(_ code: String) async throws -> TestResponse {
                try await client.execute(uri: "/code", method: .post, headers: fixture.headers(.visitor, extra: WebFixture.formHeaders),
                                         body: WebFixture.form([("csrf", WebFixture.visitorCSRF), ("code", code)]))
            }
            // The code as printed, with its dash and in lower case, signs the pupil in once
            let first = try await use("abcde-23456")
            #expect(first.status == .found)
            #expect(first.headers[.location] == "/pupil")
            #expect(try await use("ABCDE-23456").status == .unauthorized)
        }
        // An expired code does not sign in
        try store.storeSignInCodes([(fixture.otherPupil.id, SecretToken.hash("FFFFF22222"))], expiresAt: Date().addingTimeInterval(-1))
        #expect(try store.redeemSignInCode(codeHash: SecretToken.hash("FFFFF22222")) == nil)
        // Codes are stored hashed
        #expect(try store.redeemSignInCode(codeHash: "ABCDE23456") == nil)
    }

    @Test func constantTimeComparison() {
        #expect(SecretToken.constantTimeEquals("abc", "abc"))
        #expect(!SecretToken.constantTimeEquals("abc", "abd"))
        #expect(!SecretToken.constantTimeEquals("abc", "abcd"))
        #expect(!SecretToken.constantTimeEquals("", "a"))
    }

    @Test func viewsOfAMinorsRecordAreInTheAuditLog() async throws {
        let fixture = try await WebFixture()
        let pupil = fixture.ownPupil
        try #require(pupil.mayBeMinor(in: Calendar.currentYear))
        try await fixture.app().test(.router) { client in
            _ = try await client.execute(uri: "/counsellor/pupils/\(pupil.id)", method: .get, headers: fixture.headers(.counsellor))
        }
        let token = try #require(try fixture.engine.store.auditTokens(ofStudents: [pupil.id])[pupil.id])
        let record = try #require(try fixture.engine.store.auditLog().last)
        #expect(record.command == "web view")
        #expect(record.parameters["account"] == "test-counsellor")
        #expect(record.parameters["student"] == token)
        #expect(!record.parameters.values.contains(pupil.id))
    }

    @Test func everyViewIsAuditedWithTheFingerprintOfTheDataItSaw() async throws {
        // Given a counsellor viewing a minor's page twice, then recording consent (a change of data), then viewing again
        let fixture = try await WebFixture()
        let pupil = fixture.ownPupil
        try #require(pupil.mayBeMinor(in: Calendar.currentYear))
        let before = try fixture.engine.store.dataFingerprint()
        try await fixture.app().test(.router) { client in
            for _ in 0..<2 { _ = try await client.execute(uri: "/counsellor/pupils/\(pupil.id)", method: .get, headers: fixture.headers(.counsellor)) }
            _ = try await client.execute(uri: "/counsellor/pupils/\(pupil.id)/consent", method: .post, headers: fixture.headers(.counsellor, extra: WebFixture.formHeaders),
                                         body: WebFixture.form([("csrf", fixture.csrf(.counsellor)), ("consent", pupil.guardianConsent == true ? "no" : "yes")]))
            _ = try await client.execute(uri: "/counsellor/pupils/\(pupil.id)", method: .get, headers: fixture.headers(.counsellor))
        }
        // Then each view has its record, the first two with the data before, the last with the data after
        let views = try fixture.engine.store.auditLog().filter { $0.command == "web view" }
        #expect(views.count == 3)
        let after = try fixture.engine.store.dataFingerprint()
        #expect(before != after)
        #expect(views.map(\.inputHash) == [before, before, after])
    }

    @Test func anAPIWriteNeedsTheCSRFHeaderWithTheCookieAndNoneWithABearerToken() async throws {
        let fixture = try await WebFixture()
        let pupil = fixture.ownPupil
        let account = try #require(try fixture.engine.store.account(login: "test-counsellor"))
        let bearer = SecretToken.make()
        try fixture.engine.store.issueAPIToken(accountID: account.account.id, tokenHash: SecretToken.hash(bearer), label: "test")
        let uri = "/api/v1/counsellor/pupils/\(pupil.id)/consent"
        let json: HTTPFields = [.contentType: "application/json"]
        try await fixture.app().test(.router) { client in
            // The cookie without the header, or with another session's token: refused, nothing stored
            let bare = try await client.execute(uri: uri, method: .post, headers: fixture.headers(.counsellor, extra: json), body: ByteBuffer(string: #"{"consent":true}"#))
            #expect(bare.status == .forbidden)
            var foreign = json
            foreign[CSRFMiddleware.header] = fixture.csrf(.employer)
            let forged = try await client.execute(uri: uri, method: .post, headers: fixture.headers(.counsellor, extra: foreign), body: ByteBuffer(string: #"{"consent":true}"#))
            #expect(forged.status == .forbidden)
            #expect(try fixture.engine.store.student(id: pupil.id)?.guardianConsent == pupil.guardianConsent)
            // The cookie with its own token in the header: stored
            var own = json
            own[CSRFMiddleware.header] = fixture.csrf(.counsellor)
            let accepted = try await client.execute(uri: uri, method: .post, headers: fixture.headers(.counsellor, extra: own), body: ByteBuffer(string: #"{"consent":false}"#))
            #expect(accepted.status == .ok)
            #expect(try fixture.engine.store.student(id: pupil.id)?.guardianConsent == false)
            // A bearer token, no cookie and no CSRF token: stored
            var integration = json
            integration[.authorization] = "Bearer " + bearer
            let viaToken = try await client.execute(uri: uri, method: .post, headers: integration, body: ByteBuffer(string: #"{"consent":true}"#))
            #expect(viaToken.status == .ok)
            #expect(try fixture.engine.store.student(id: pupil.id)?.guardianConsent == true)
        }
    }
}
