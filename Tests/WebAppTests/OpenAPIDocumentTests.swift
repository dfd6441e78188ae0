import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Profiles
import Testing
@testable import WebApp

/// `/api/v1/openapi.json` describes every API route, and every response fits its schema.
@Suite struct OpenAPIDocumentTests {
    @Test func theDocumentIsJSONAndListsEveryRegisteredAPIRouteAndNoOther() async throws {
        let fixture = try await WebFixture()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, item in item.keys.filter { $0 != "parameters" }.map { "\($0.uppercased()) \(path)" } })
        let registered = Set(fixture.server.router().routes.map { "\($0.method) \(RouteAccessTests.pattern($0.path.description))" }
            .filter { $0.contains(" /api/") })
        #expect(documented == registered, "undocumented: \(registered.subtracting(documented).sorted()); not registered: \(documented.subtracting(registered).sorted())")
    }

    @Test func everyResponseValidatesAgainstItsSchema() async throws {
        let fixture = try await WebFixture()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let skill = try #require(fixture.engine.snapshot().catalogue.taxonomy.skills.first?.id)
        let invitation = try fixture.engine.store.invite(studentID: fixture.ownPupil.id, pseudonym: "test-pseudonym", toVacancy: fixture.ownVacancy)
        let header = (Student.csvColumns + Student.schoolColumns).joined(separator: ",")
        let row = "api-9a-01,school,9,karaganda,Saran,urban,none,2011,yes,,,math:5,R:0.8;I:0.6;A:0.2;S:0.3;E:0.4;C:0.5,,kk;ru,kk,female,\(WebFixture.ownSchool),9A"
        let vacancy = #"{"title":{"kk":"Дәнекерлеуші","ru":"Сварщик","en":"Welder"},"kind":"job","headcount":2,"minimumAge":18,"requirements":[{"skill":"\#(skill)","level":3,"importance":2,"mustHave":false}]}"#
        // Reads first, then the writes (each with a body that the validator accepts), cookie sessions with their CSRF header.
        let requests: [(HTTPRequest.Method, String, String, WebFixture.Who, String?)] = [
            (.get, "/api/v1/openapi.json", "/api/v1/openapi.json", .visitor, nil), (.get, "/api/v1/me", "/api/v1/me", .counsellor, nil),
            (.get, "/api/v1/skills", "/api/v1/skills?q=welding", .employer, nil),
            (.get, "/api/v1/pupil/recommendations", "/api/v1/pupil/recommendations", .pupil, nil),
            (.get, "/api/v1/counsellor/classes", "/api/v1/counsellor/classes", .counsellor, nil),
            (.get, "/api/v1/counsellor/classes/{class}", "/api/v1/counsellor/classes/\(fixture.ownClass)", .counsellor, nil),
            (.get, "/api/v1/employer/vacancies", "/api/v1/employer/vacancies", .employer, nil),
            (.get, "/api/v1/employer/vacancies/{id}/shortlist", "/api/v1/employer/vacancies/saran-welder/shortlist", .employer, nil),
            (.get, "/api/v1/employer/invitations", "/api/v1/employer/invitations", .employer, nil),
            (.get, "/api/v1/department/report", "/api/v1/department/report", .department, nil),
            (.post, "/api/v1/pupil/grades", "/api/v1/pupil/grades", .pupil, #"{"grades":{"math":5,"Физика":4}}"#),
            (.post, "/api/v1/pupil/skills", "/api/v1/pupil/skills", .pupil, #"{"skill":"\#(skill)"}"#),
            (.post, "/api/v1/pupil/invitations/{id}", "/api/v1/pupil/invitations/\(invitation.id)", .pupil, #"{"accept":false}"#),
            (.post, "/api/v1/counsellor/import", "/api/v1/counsellor/import", .counsellor,
             String(data: try JSONSerialization.data(withJSONObject: ["csv": header + "\n" + row, "filename": "9a.csv"]), encoding: .utf8)!),
            (.post, "/api/v1/counsellor/pupils/{id}/consent", "/api/v1/counsellor/pupils/\(fixture.ownPupil.id)/consent", .counsellor, #"{"consent":true}"#),
            (.post, "/api/v1/employer/vacancies", "/api/v1/employer/vacancies", .employer, vacancy),
            (.put, "/api/v1/employer/vacancies/{id}", "/api/v1/employer/vacancies/saran-welder", .employer, vacancy),
            (.post, "/api/v1/employer/vacancies/{id}/invite", "/api/v1/employer/vacancies/saran-welder/invite", .employer, nil),
            (.post, "/api/v1/department/allocations", "/api/v1/department/allocations", .department, #"{"method":"optimal"}"#),
            (.get, "/api/v1/department/allocations", "/api/v1/department/allocations", .department, nil),
        ]
        let documented = Set(paths.flatMap { path, item in item.keys.filter { $0 != "parameters" }.map { "\($0) \(path)" } })
        #expect(Set(requests.map { "\($0.0.rawValue.lowercased()) \($0.1)" }) == documented, "every documented operation is requested")
        try await fixture.app().test(.router) { client in
            let served = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(served.text.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for (method, path, uri, who, given) in requests {
                var body = given
                if method != .get, body == nil {
                    // The invitation names a candidate of the shortlist, by the pseudonym the shortlist shows.
                    let shortlist = try await client.execute(uri: "/api/v1/employer/vacancies/saran-welder/shortlist", method: .get, headers: fixture.headers(who))
                    let candidate = try #require(shortlist.text.firstMatch(of: /"candidate" : "([^"]+)"/)?.1)
                    body = #"{"candidate":"\#(candidate)"}"#
                }
                var extra: HTTPFields = [.contentType: "application/json"]
                extra[CSRFMiddleware.header] = fixture.csrf(who)
                let response = try await client.execute(uri: uri, method: method, headers: fixture.headers(who, extra: method == .get ? [:] : extra),
                                                        body: body.map { ByteBuffer(string: $0) })
                #expect(response.status == .ok, "\(method) \(uri): \(response.text)")
                let operation = try #require(paths[path]?[method.rawValue.lowercased()] as? [String: Any])
                if method != .get { #expect(operation["requestBody"] != nil, "\(path)") }
                let schema = try #require(((((operation["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"])
                let value = try JSONSerialization.jsonObject(with: Data(response.text.utf8), options: [.fragmentsAllowed])
                let problems = SchemaCheck.problems(value, schema, at: path)
                #expect(problems.isEmpty, "\(problems)")
            }
        }
        // The writes happened: grades stored, the invitation answered, consent recorded, a run recorded.
        let pupil = try fixture.engine.snapshot().student(fixture.ownPupil.id)
        #expect(pupil.grades["math"] == 5)
        #expect(try fixture.engine.store.invitations(ofStudent: pupil.id).first { $0.id == invitation.id }?.status == .declined)
        #expect(try fixture.engine.store.student(id: "api-9a-01") != nil)
        #expect(try fixture.engine.regionAllocations("karaganda").first?.method == "optimal")
    }

    @Test func theCheckerFindsWhatDoesNotFit() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(#"{"type":"object","required":["a"],"properties":{"a":{"type":"integer"},"b":{"type":"array","items":{"type":"string"}}}}"#.utf8))
        #expect(SchemaCheck.problems(["a": 1, "b": ["x"]], schema, at: "$").isEmpty)
        #expect(!SchemaCheck.problems(["b": ["x"]], schema, at: "$").isEmpty)
        #expect(!SchemaCheck.problems(["a": "1"], schema, at: "$").isEmpty)
        #expect(!SchemaCheck.problems(["a": 1, "b": [2]], schema, at: "$").isEmpty)
        #expect(!SchemaCheck.problems([1], schema, at: "$").isEmpty)
    }
}

/// The part of JSON Schema the document uses: type, required, properties, items.
enum SchemaCheck {
    static func problems(_ value: Any, _ schema: Any, at path: String) -> [String] {
        guard let schema = schema as? [String: Any] else { return ["\(path): schema is not an object"] }
        var problems: [String] = []
        if let type = schema["type"] as? String, !fits(value, type) { return ["\(path): expected \(type)"] }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path).\(key): required") }
            for (key, property) in schema["properties"] as? [String: Any] ?? [:] {
                if let field = object[key], !(field is NSNull) { problems += Self.problems(field, property, at: "\(path).\(key)") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] {
            for (index, item) in array.enumerated() { problems += Self.problems(item, items, at: "\(path)[\(index)]") }
        }
        return problems
    }

    private static func fits(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "integer": !(value is String) && (value as? Int) != nil
        case "number": !(value is String) && (value as? Double) != nil
        case "boolean": value is Bool
        default: true
        }
    }
}
