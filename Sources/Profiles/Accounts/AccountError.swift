/// Why an account, code, session or invitation could not be stored or used.
public enum AccountError: Error, Sendable, Hashable, CustomStringConvertible {
    case loginTaken(String)
    case invalidLogin(String)
    /// The organisation or student the role names does not exist.
    case unknownScope(role: String, id: String)
    case unknownStudent(String)
    case unknownVacancy(String)
    /// An invitation to a pupil the employer may not contact (a minor without guardian consent).
    case notVisibleToEmployers
    case alreadyInvited
    case unknownInvitation(Int64)
    case alreadyAnswered
    case invalidContact

    public var description: String {
        switch self {
        case .loginTaken(let login): "the login '\(login)' is taken"
        case .invalidLogin(let login): "'\(login)' is not a valid login (3–64 of a–z, 0–9, '.', '-', '_')"
        case let .unknownScope(role, id): "no \(role == "department" ? "region" : role == "counsellor" ? "school" : role == "employer" ? "enterprise" : "student") '\(id)'"
        case .unknownStudent(let id): "no student '\(id)'"
        case .unknownVacancy(let id): "no vacancy '\(id)'"
        case .notVisibleToEmployers: "this pupil may not be shown to employers (a minor without a guardian's consent)"
        case .alreadyInvited: "this pupil is already invited to this vacancy"
        case .unknownInvitation(let id): "no invitation \(id)"
        case .alreadyAnswered: "the invitation has been answered"
        case .invalidContact: "a contact has 3 to 200 characters"
        }
    }
}
