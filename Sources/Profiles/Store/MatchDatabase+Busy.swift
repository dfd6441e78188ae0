import GRDB

extension MatchDatabase {
    /// Whether `error` says that another connection held the database's write lock for longer than the
    /// busy timeout (30 s): another import, or another command that writes, is running.
    public static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }
}
