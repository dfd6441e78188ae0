/// What an account may do, and the one organisation it does it for.
public enum AccountRole: Sendable, Hashable, Codable {
    /// Issues accounts and API tokens; sees no pupil's record.
    case admin
    /// An education department: aggregates for one region.
    case department(regionID: String)
    /// A school counsellor: the pupils of one school.
    case counsellor(schoolID: String)
    /// An enterprise's HR office: its vacancies and places, pseudonymous shortlists.
    case employer(enterpriseID: String)
    /// A pupil: their own profile only.
    case pupil(studentID: String)

    /// The role's name as stored and as routes name it.
    public var name: String {
        switch self {
        case .admin: "admin"
        case .department: "department"
        case .counsellor: "counsellor"
        case .employer: "employer"
        case .pupil: "pupil"
        }
    }

    public static let names = ["admin", "department", "counsellor", "employer", "pupil"]

    /// The organisation or record the role is scoped to; nil for the admin.
    public var scope: String? {
        switch self {
        case .admin: nil
        case .department(let id), .counsellor(let id), .employer(let id), .pupil(let id): id
        }
    }
}
