import Profiles

/// The one place a handler asks who may see a page: each returns the organisation or record the signed-in
/// account's role is for, or throws (`WebError.signInNeeded` for a visitor, `.forbidden` for another role).
extension WebContext {
    func account() throws(WebError) -> Account {
        guard let session else { throw .signInNeeded }
        return session.account
    }

    func pupilID() throws(WebError) -> String {
        guard case .pupil(let id) = try account().role else { throw .forbidden }
        return id
    }

    func counsellorSchool() throws(WebError) -> String {
        guard case .counsellor(let id) = try account().role else { throw .forbidden }
        return id
    }

    func employerEnterprise() throws(WebError) -> String {
        guard case .employer(let id) = try account().role else { throw .forbidden }
        return id
    }

    func departmentRegion() throws(WebError) -> String {
        guard case .department(let id) = try account().role else { throw .forbidden }
        return id
    }

    func requireAdmin() throws(WebError) {
        guard case .admin = try account().role else { throw .forbidden }
    }
}
