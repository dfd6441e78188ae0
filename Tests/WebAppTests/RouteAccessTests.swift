import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WebApp

/// Every route × every role × own or other organisation, with the status each must get: 200, 302 to
/// sign-in (pages) or 401 (API) for a visitor, 403 for another role, 404 for another organisation's record.
@Suite struct RouteAccessTests {
    typealias Who = WebFixture.Who

    /// A route as registered (its pattern) and a request to it.
    struct Case {
        let method: HTTPRequest.Method
        let pattern: String
        let uri: String
        /// The role the route is for (nil: any signed-in account; "anyone" routes list every role).
        let expected: [Who: Int]
    }

    static let staff: [Who] = [.admin, .department, .counsellor, .employer, .pupil]

    /// The expected statuses for a route of `owner`'s role: 200 for it, 403 for the other roles, the
    /// visitor sent to sign in; `other` gives what the same role of another organisation gets.
    static func forRole(_ owner: Who, other: Who? = nil, otherStatus: Int = 200, api: Bool = false, ok: Int = 200) -> [Who: Int] {
        var expected: [Who: Int] = [.visitor: api ? 401 : 302]
        for who in staff { expected[who] = who == owner ? ok : 403 }
        if let other { expected[other] = otherStatus }
        return expected
    }

    static func anySignedIn(api: Bool) -> [Who: Int] {
        var expected: [Who: Int] = [.visitor: api ? 401 : 302]
        for who in staff { expected[who] = 200 }
        return expected
    }

    static func cases(_ f: WebFixture) -> [Case] {
        let pupil = f.ownPupil.id, vacancy = f.ownVacancy, klass = f.ownClass
        var cases: [Case] = [
            Case(method: .get, pattern: "/", uri: "/", expected: [.visitor: 302, .admin: 302, .department: 302, .counsellor: 302, .employer: 302, .pupil: 302]),
            Case(method: .get, pattern: "/login", uri: "/login", expected: [.visitor: 200, .admin: 200, .pupil: 200]),
            Case(method: .get, pattern: "/language/{code}", uri: "/language/kk?back=/login", expected: [.visitor: 302, .counsellor: 302]),
            Case(method: .get, pattern: "/pupil", uri: "/pupil", expected: forRole(.pupil, other: .otherPupil)),
            Case(method: .get, pattern: "/pupil/print", uri: "/pupil/print", expected: forRole(.pupil)),
            Case(method: .get, pattern: "/pupil/questionnaire", uri: "/pupil/questionnaire", expected: forRole(.pupil)),
            Case(method: .get, pattern: "/pupil/invitations", uri: "/pupil/invitations", expected: forRole(.pupil)),
            Case(method: .get, pattern: "/counsellor", uri: "/counsellor", expected: forRole(.counsellor, other: .otherCounsellor)),
            Case(method: .get, pattern: "/counsellor/classes/{class}", uri: "/counsellor/classes/\(klass)", expected: forRole(.counsellor)),
            Case(method: .get, pattern: "/counsellor/classes/{class}/csv", uri: "/counsellor/classes/\(klass)/csv", expected: forRole(.counsellor)),
            Case(method: .get, pattern: "/counsellor/pupils/{id}", uri: "/counsellor/pupils/\(pupil)",
                 expected: forRole(.counsellor, other: .otherCounsellor, otherStatus: 404)),
            Case(method: .get, pattern: "/employer", uri: "/employer", expected: forRole(.employer, other: .otherEmployer)),
            Case(method: .get, pattern: "/employer/vacancies/{id}", uri: "/employer/vacancies/\(vacancy)",
                 expected: forRole(.employer, other: .otherEmployer, otherStatus: 404)),
            Case(method: .get, pattern: "/employer/vacancies/{id}/edit", uri: "/employer/vacancies/\(vacancy)/edit",
                 expected: forRole(.employer, other: .otherEmployer, otherStatus: 404)),
            Case(method: .get, pattern: "/employer/invitations", uri: "/employer/invitations", expected: forRole(.employer)),
            Case(method: .get, pattern: "/employer/allocation", uri: "/employer/allocation", expected: forRole(.employer)),
            Case(method: .get, pattern: "/department", uri: "/department", expected: forRole(.department, other: .otherDepartment)),
            Case(method: .get, pattern: "/department/report", uri: "/department/report", expected: forRole(.department, other: .otherDepartment)),
            Case(method: .get, pattern: "/department/fairness", uri: "/department/fairness", expected: forRole(.department)),
            Case(method: .get, pattern: "/department/allocation", uri: "/department/allocation", expected: forRole(.department, other: .otherDepartment)),
            Case(method: .get, pattern: "/admin", uri: "/admin", expected: forRole(.admin)),
            Case(method: .get, pattern: "/api/v1/openapi.json", uri: "/api/v1/openapi.json", expected: [.visitor: 200, .pupil: 200, .employer: 200]),
            Case(method: .get, pattern: "/api/v1/me", uri: "/api/v1/me", expected: anySignedIn(api: true)),
            Case(method: .get, pattern: "/api/v1/skills", uri: "/api/v1/skills?q=welding", expected: anySignedIn(api: true)),
            Case(method: .get, pattern: "/api/v1/pupil/recommendations", uri: "/api/v1/pupil/recommendations", expected: forRole(.pupil, api: true)),
            Case(method: .get, pattern: "/api/v1/counsellor/classes", uri: "/api/v1/counsellor/classes", expected: forRole(.counsellor, api: true)),
            Case(method: .get, pattern: "/api/v1/counsellor/classes/{class}", uri: "/api/v1/counsellor/classes/\(klass)", expected: forRole(.counsellor, api: true)),
            Case(method: .get, pattern: "/api/v1/employer/vacancies", uri: "/api/v1/employer/vacancies", expected: forRole(.employer, api: true)),
            Case(method: .get, pattern: "/api/v1/employer/vacancies/{id}/shortlist", uri: "/api/v1/employer/vacancies/\(vacancy)/shortlist",
                 expected: forRole(.employer, other: .otherEmployer, otherStatus: 404, api: true)),
            Case(method: .get, pattern: "/api/v1/employer/invitations", uri: "/api/v1/employer/invitations", expected: forRole(.employer, api: true)),
            Case(method: .get, pattern: "/api/v1/department/report", uri: "/api/v1/department/report", expected: forRole(.department, api: true)),
            Case(method: .get, pattern: "/api/v1/department/allocations", uri: "/api/v1/department/allocations",
                 expected: forRole(.department, other: .otherDepartment, api: true)),
        ]
        // State-changing routes, sent with the right CSRF token and an empty form: the role checks come
        // first (the right role then gets 400 or 422 for the missing fields, tested with real forms elsewhere).
        let posts: [(String, String, Who, Who?)] = [
            ("/pupil/questionnaire", "/pupil/questionnaire", .pupil, nil), ("/pupil/skills", "/pupil/skills", .pupil, nil),
            ("/pupil/grades", "/pupil/grades", .pupil, nil), ("/department/allocation", "/department/allocation", .department, nil),
            ("/pupil/invitations/{id}", "/pupil/invitations/1", .pupil, .otherPupil),
            ("/counsellor/import", "/counsellor/import", .counsellor, nil),
            ("/counsellor/classes/{class}/codes", "/counsellor/classes/\(klass)/codes", .counsellor, nil),
            ("/counsellor/pupils/{id}/consent", "/counsellor/pupils/\(pupil)/consent", .counsellor, .otherCounsellor),
            ("/employer/vacancies", "/employer/vacancies", .employer, nil),
            ("/employer/vacancies/{id}/invite", "/employer/vacancies/\(vacancy)/invite", .employer, .otherEmployer),
            ("/admin/accounts", "/admin/accounts", .admin, nil), ("/admin/tokens", "/admin/tokens", .admin, nil),
        ]
        // The API's writes: the same, but a visitor gets 401 (the body is the form's, so the owner gets 400).
        let apiWrites: [(HTTPRequest.Method, String, String, Who, Who?)] = [
            (.post, "/api/v1/pupil/grades", "/api/v1/pupil/grades", .pupil, nil), (.post, "/api/v1/pupil/skills", "/api/v1/pupil/skills", .pupil, nil),
            (.post, "/api/v1/pupil/invitations/{id}", "/api/v1/pupil/invitations/1", .pupil, nil),
            (.post, "/api/v1/counsellor/import", "/api/v1/counsellor/import", .counsellor, nil),
            (.post, "/api/v1/counsellor/pupils/{id}/consent", "/api/v1/counsellor/pupils/\(pupil)/consent", .counsellor, .otherCounsellor),
            (.post, "/api/v1/employer/vacancies", "/api/v1/employer/vacancies", .employer, nil),
            (.put, "/api/v1/employer/vacancies/{id}", "/api/v1/employer/vacancies/\(vacancy)", .employer, .otherEmployer),
            (.post, "/api/v1/employer/vacancies/{id}/invite", "/api/v1/employer/vacancies/\(vacancy)/invite", .employer, .otherEmployer),
            (.post, "/api/v1/department/allocations", "/api/v1/department/allocations", .department, nil),
        ]
        for (pattern, uri, owner, other) in posts {
            var expected: [Who: Int] = [.visitor: 302]
            for who in staff where who != owner { expected[who] = 403 }
            if let other { expected[other] = 404 }
            cases.append(Case(method: .post, pattern: pattern, uri: uri, expected: expected))
        }
        for (method, pattern, uri, owner, other) in apiWrites {
            var expected: [Who: Int] = [.visitor: 401, owner: 400]
            for who in staff where who != owner { expected[who] = 403 }
            if let other { expected[other] = 404 }
            cases.append(Case(method: method, pattern: pattern, uri: uri, expected: expected))
        }
        cases.append(Case(method: .post, pattern: "/login", uri: "/login", expected: [.visitor: 401]))
        cases.append(Case(method: .post, pattern: "/code", uri: "/code", expected: [.visitor: 401]))
        cases.append(Case(method: .post, pattern: "/logout", uri: "/logout", expected: [.visitor: 302, .admin: 302]))
        return cases
    }

    @Test func everyRegisteredRouteIsInTheTable() async throws {
        // Given the router and the table
        let fixture = try await WebFixture()
        let registered = Set(fixture.server.router().routes.map { "\($0.method) \(Self.pattern($0.path.description))" })
        // Then they list the same routes
        let tabled = Set(Self.cases(fixture).map { "\($0.method) \($0.pattern)" })
        #expect(registered == tabled, "not in the table: \(registered.subtracting(tabled).sorted()); not registered: \(tabled.subtracting(registered).sorted())")
    }

    /// A registered path as the table writes it: `/a/{id}` for `/a/:id`, with a leading slash.
    static func pattern(_ path: String) -> String {
        let parts = path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
        return "/" + parts.joined(separator: "/")
    }

    @Test func everyRoleGetsTheExpectedStatus() async throws {
        let fixture = try await WebFixture()
        let app = fixture.server.application()
        try await app.test(.router) { client in
            for route in Self.cases(fixture) {
                for (who, status) in route.expected.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    let body = route.method != .get ? WebFixture.form([("csrf", fixture.csrf(who))]) : nil
                    let response = try await client.execute(uri: route.uri, method: route.method,
                                                            headers: fixture.headers(who, extra: WebFixture.formHeaders), body: body)
                    #expect(Int(response.status.code) == status, "\(route.method) \(route.uri) as \(who)")
                    if status == 302, who == .visitor, route.method == .get, route.uri != "/", !route.uri.hasPrefix("/language") {
                        #expect(response.headers[.location] == "/login", "\(route.uri)")
                    }
                    // No page shows a stack trace or an SQL error.
                    #expect(!response.text.contains("SQLite error") && !response.text.contains("Fatal error"))
                }
            }
        }
    }
}
