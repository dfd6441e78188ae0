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
        /// The JSON body a write takes (nil for a read).
        var body: String? = nil
    }

    static let string = #"{"type":"string"}"#
    static let object = #"{"type":"object"}"#

    public static let operations: [Operation] = [
        .init(method: "get", path: "/api/v1/openapi.json", summary: "This document", roles: "anyone", schema: #"{"type":"object","required":["openapi","paths"]}"#),
        .init(method: "get", path: "/api/v1/me", summary: "Who is signed in", roles: "any signed-in account",
              schema: #"{"type":"object","required":["login","role"],"properties":{"login":{"type":"string"},"role":{"type":"string"},"csrfToken":{"type":"string"}}}"#),
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
        // Writes: the page forms' twins.
        .init(method: "post", path: "/api/v1/pupil/grades", summary: "Set the pupil's grades (subjects by id or name, 1–5)", roles: "pupil",
              schema: pupilInputs, body: #"{"type":"object","required":["grades"],"properties":{"grades":{"type":"object"}}}"#),
        .init(method: "post", path: "/api/v1/pupil/skills", summary: "Add a hobby (a skill id from skills?q=)", roles: "pupil",
              schema: pupilInputs, body: #"{"type":"object","required":["skill"],"properties":{"skill":{"type":"string"}}}"#),
        .init(method: "post", path: "/api/v1/pupil/invitations/{id}", summary: "Accept (with a contact) or decline an invitation", roles: "pupil",
              schema: #"{"type":"object","required":["id","status"],"properties":{"id":{"type":"integer"},"status":{"type":"string"}}}"#,
              body: #"{"type":"object","required":["accept"],"properties":{"accept":{"type":"boolean"},"contact":{"type":"string"}}}"#),
        .init(method: "post", path: "/api/v1/counsellor/import", summary: "Import a class file (CSV text); all rows or none", roles: "counsellor",
              schema: #"{"type":"object","required":["file","new","changed","unchanged"],"properties":{"new":{"type":"integer"},"changed":{"type":"integer"},"unchanged":{"type":"integer"}}}"#,
              body: #"{"type":"object","required":["csv"],"properties":{"csv":{"type":"string"},"filename":{"type":"string"}}}"#),
        .init(method: "post", path: "/api/v1/counsellor/pupils/{id}/consent", summary: "Record the guardian's answer", roles: "counsellor",
              schema: #"{"type":"object","required":["student","consent"],"properties":{"student":{"type":"string"},"consent":{"type":"boolean"}}}"#,
              body: #"{"type":"object","required":["consent"],"properties":{"consent":{"type":"boolean"}}}"#),
        .init(method: "post", path: "/api/v1/employer/vacancies", summary: "Create a vacancy or place", roles: "employer", schema: saved, body: vacancy),
        .init(method: "put", path: "/api/v1/employer/vacancies/{id}", summary: "Edit one of the enterprise's vacancies", roles: "employer",
              schema: saved, body: vacancy),
        .init(method: "post", path: "/api/v1/employer/vacancies/{id}/invite", summary: "Invite a shortlisted candidate (by pseudonym)", roles: "employer",
              schema: #"{"type":"object","required":["vacancyID","candidate"],"properties":{"vacancyID":{"type":"string"},"candidate":{"type":"string"}}}"#,
              body: #"{"type":"object","required":["candidate"],"properties":{"candidate":{"type":"string"}}}"#),
        .init(method: "get", path: "/api/v1/department/allocations", summary: "The region's recorded allocation runs, newest first", roles: "department",
              schema: #"{"type":"array","items":{"type":"object","required":["sequence","time","method","kind"],"properties":{"sequence":{"type":"integer"},"placed":{"type":"integer"},"places":{"type":"integer"}}}}"#),
        .init(method: "post", path: "/api/v1/department/allocations", summary: "Start an allocation run for the region (stable or optimal); counts only", roles: "department",
              schema: #"{"type":"object","required":["method","students","places","placed","unplaced","fillRate","unplacedReasons","byEnterprise","bySpecialty"],"properties":{"students":{"type":"integer"},"places":{"type":"integer"},"fillRate":{"type":"number"},"byEnterprise":{"type":"array","items":{"type":"object","required":["id","name","places","placed"]}},"bySpecialty":{"type":"array"}}}"#,
              body: #"{"type":"object","required":["method"],"properties":{"method":{"type":"string","enum":["stable","optimal"]}}}"#),
    ]

    static let pupilInputs = #"{"type":"object","required":["student","grades","skills"],"properties":{"student":{"type":"string"},"grades":{"type":"array","items":{"type":"object","required":["subjectID","subject","grade"],"properties":{"grade":{"type":"integer"}}}},"skills":{"type":"array"}}}"#
    static let saved = #"{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}}"#
    static let vacancy = #"{"type":"object","required":["title","kind","headcount","minimumAge","requirements"],"properties":{"title":{"type":"object"},"kind":{"type":"string"},"headcount":{"type":"integer"},"minimumAge":{"type":"integer"},"specialties":{"type":"array","items":{"type":"string"}},"requirements":{"type":"array","items":{"type":"object","required":["skill","level","importance"],"properties":{"skill":{"type":"string"},"level":{"type":"integer"},"importance":{"type":"integer"},"mustHave":{"type":"boolean"}}}}}}"#

    /// The document as JSON.
    public static var json: String {
        let paths: [String] = Dictionary(grouping: operations, by: \.path).sorted { $0.key < $1.key }.map { (path: String, operations: [Operation]) -> String in
            let methods: String = operations.map(Self.operationJSON).joined(separator: ",")
            let parameters: [String] = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { (name: Substring) -> String in
                #"{"name":"\#(name.dropFirst().dropLast())","in":"path","required":true,"schema":{"type":"string"}}"#
            }
            let pathParameters = parameters.isEmpty ? "" : "\"parameters\":[" + parameters.joined(separator: ",") + "],"
            return "\"" + path + "\":{" + pathParameters + methods + "}"
        }
        return """
            {"openapi":"3.1.0","info":{"title":"Career match web API","version":"1"},\
            "components":{"securitySchemes":{"session":{"type":"apiKey","in":"cookie","name":"match_session"},\
            "bearer":{"type":"http","scheme":"bearer"}}},"paths":{\(paths.joined(separator: ","))}}
            """
    }

    /// One operation: a write also has its body, the CSRF header a cookie session adds (a bearer token
    /// needs none) and the refusals of a body.
    private static func operationJSON(_ operation: Operation) -> String {
        var write = "", refusals = ""
        if let body = operation.body {
            write = """
                "requestBody":{"required":true,"content":{"application/json":{"schema":\(body)}}},\
                "parameters":[{"name":"X-CSRF-Token","in":"header","required":false,\
                "description":"The session's CSRF token (me.csrfToken): required with the session cookie, not with a bearer token",\
                "schema":{"type":"string"}}],
                """
            refusals = #","400":{"description":"Malformed body"},"422":{"description":"Refused by the validator; error says why, in the user's language"}"#
        }
        return """
            "\(operation.method)":{"summary":"\(operation.summary)","description":"For: \(operation.roles).",\
            "security":[{"session":[]},{"bearer":[]}],\(write)\
            "responses":{"200":{"description":"OK","content":{"application/json":{"schema":\(operation.schema)}}},\
            "302":{"description":"Not signed in (pages)"},"401":{"description":"Not signed in"},\
            "403":{"description":"Another role, or a cookie session's write without its CSRF token"},\
            "404":{"description":"Not found, or another organisation's"}\(refusals)}}
            """
    }
}
