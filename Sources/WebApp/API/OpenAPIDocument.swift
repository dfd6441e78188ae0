/// The OpenAPI 3.1 description of `/api/v1/`, served at `/api/v1/openapi.json`. Schemas give the shape
/// each response has at its top level and in its lists; a test checks every route against it.
public enum OpenAPIDocument {
    /// A documented operation: its method and path as OpenAPI writes them (`{id}` for a parameter).
    public struct Operation: Sendable {
        public let method: String
        public let path: String
        let summary: String
        let roles: String
        let schema: String
    }

    static let string = #"{"type":"string"}"#
    static let object = #"{"type":"object"}"#

    public static let operations: [Operation] = [
        .init(method: "get", path: "/api/v1/openapi.json", summary: "This document", roles: "anyone", schema: #"{"type":"object","required":["openapi","paths"]}"#),
        .init(method: "get", path: "/api/v1/me", summary: "Who is signed in", roles: "any signed-in account",
              schema: #"{"type":"object","required":["login","role"],"properties":{"login":{"type":"string"},"role":{"type":"string"}}}"#),
        .init(method: "get", path: "/api/v1/skills", summary: "Skills a phrase may name, in kk, ru or en (q, lang)", roles: "any signed-in account",
              schema: #"{"type":"object","required":["text","outcome","candidates"],"properties":{"text":{"type":"string"},"candidates":{"type":"array","items":{"type":"object","required":["skillID","label"]}}}}"#),
        .init(method: "get", path: "/api/v1/pupil/recommendations", summary: "The signed-in pupil's recommendations", roles: "pupil",
              schema: #"{"type":"object","required":["student","stage"],"properties":{"student":{"type":"string"},"stage":{"type":"string"}}}"#),
        .init(method: "get", path: "/api/v1/counsellor/classes", summary: "The school's classes", roles: "counsellor",
              schema: #"{"type":"array","items":{"type":"object","required":["name","pupils"],"properties":{"name":{"type":"string"},"pupils":{"type":"integer"}}}}"#),
        .init(method: "get", path: "/api/v1/counsellor/classes/{class}", summary: "A class list with each pupil's top specialties", roles: "counsellor",
              schema: #"{"type":"array","items":{"type":"object","required":["student","recommendations"],"properties":{"recommendations":{"type":"array"}}}}"#),
        .init(method: "get", path: "/api/v1/employer/vacancies", summary: "The enterprise's vacancies and places", roles: "employer",
              schema: #"{"type":"array","items":{"type":"object","required":["id","title","kind","headcount","minimumAge"],"properties":{"id":{"type":"string"},"headcount":{"type":"integer"},"minimumAge":{"type":"integer"}}}}"#),
        .init(method: "get", path: "/api/v1/employer/vacancies/{id}/shortlist", summary: "A vacancy's shortlist under the enterprise's pseudonyms", roles: "employer",
              schema: #"{"type":"object","required":["vacancyID","title","students","eligible","excluded","candidates"],"properties":{"students":{"type":"integer"},"candidates":{"type":"array","items":{"type":"object","required":["rank","candidate","band","matchedSkills","gaps"],"properties":{"rank":{"type":"integer"},"candidate":{"type":"string"},"matchedSkills":{"type":"array"},"gaps":{"type":"array"}}}}}}"#),
        .init(method: "get", path: "/api/v1/employer/invitations", summary: "Invitations sent and their answers", roles: "employer",
              schema: #"{"type":"array","items":{"type":"object","required":["id","vacancy","candidate","status","contact"]}}"#),
        .init(method: "get", path: "/api/v1/department/report", summary: "The batch report for the department's region", roles: "department",
              schema: #"{"type":"object","required":["title","summary","bySpecialty","enterprises"],"properties":{"summary":{"type":"object"},"bySpecialty":{"type":"array"}}}"#),
    ]

    /// The document as JSON.
    public static var json: String {
        let paths = Dictionary(grouping: operations, by: \.path).sorted { $0.key < $1.key }.map { path, operations in
            let methods = operations.map { operation in
                """
                "\(operation.method)":{"summary":"\(operation.summary)","description":"For: \(operation.roles).",\
                "security":[{"session":[]},{"bearer":[]}],\
                "responses":{"200":{"description":"OK","content":{"application/json":{"schema":\(operation.schema)}}},\
                "302":{"description":"Not signed in (pages)"},"401":{"description":"Not signed in"},\
                "403":{"description":"Another role"},"404":{"description":"Not found, or another organisation's"}}}
                """
            }.joined(separator: ",")
            let parameters = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { name in
                #"{"name":"\#(name.dropFirst().dropLast())","in":"path","required":true,"schema":{"type":"string"}}"#
            }
            return "\"\(path)\":{" + (parameters.isEmpty ? "" : "\"parameters\":[\(parameters.joined(separator: ","))],") + methods + "}"
        }.joined(separator: ",")
        return """
            {"openapi":"3.1.0","info":{"title":"Career match web API","version":"1"},\
            "components":{"securitySchemes":{"session":{"type":"apiKey","in":"cookie","name":"match_session"},\
            "bearer":{"type":"http","scheme":"bearer"}}},"paths":{\(paths)}}
            """
    }
}
