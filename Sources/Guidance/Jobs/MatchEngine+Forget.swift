import Profiles

extension MatchEngine {
    /// Removes a student with everything stored about them, and reloads the snapshot so no later request
    /// sees them.
    /// - Returns: false when no student has the id.
    public func forget(studentID: String) throws -> Bool {
        defer { refresh() }
        return try store.forget(studentID: studentID)
    }
}
