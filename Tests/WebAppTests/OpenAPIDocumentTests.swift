import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
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
        let requests: [(String, String, WebFixture.Who)] = [
            ("/api/v1/openapi.json", "/api/v1/openapi.json", .visitor), ("/api/v1/me", "/api/v1/me", .counsellor),
            ("/api/v1/skills", "/api/v1/skills?q=welding", .employer), ("/api/v1/pupil/recommendations", "/api/v1/pupil/recommendations", .pupil),
            ("/api/v1/counsellor/classes", "/api/v1/counsellor/classes", .counsellor),
            ("/api/v1/counsellor/classes/{class}", "/api/v1/counsellor/classes/\(fixture.ownClass)", .counsellor),
            ("/api/v1/employer/vacancies", "/api/v1/employer/vacancies", .employer),
            ("/api/v1/employer/vacancies/{id}/shortlist", "/api/v1/employer/vacancies/saran-welder/shortlist", .employer),
            ("/api/v1/employer/invitations", "/api/v1/employer/invitations", .employer),
            ("/api/v1/department/report", "/api/v1/department/report", .department),
        ]
        #expect(Set(requests.map(\.0)) == Set(paths.keys), "every documented path is requested")
        try await fixture.app().test(.router) { client in
            let served = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(served.text.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for (path, uri, who) in requests {
                let response = try await client.execute(uri: uri, method: .get, headers: fixture.headers(who))
                #expect(response.status == .ok, "\(uri)")
                let operation = try #require(paths[path]?["get"] as? [String: Any])
                let schema = try #require(((((operation["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"])
                let value = try JSONSerialization.jsonObject(with: Data(response.text.utf8), options: [.fragmentsAllowed])
                let problems = SchemaCheck.problems(value, schema, at: path)
                #expect(problems.isEmpty, "\(problems)")
            }
        }
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
