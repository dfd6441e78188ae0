import GRDB

/// Why SQLite failed, as the person at the terminal can act on it, told from SQLite's result code:
/// the raw "SQLite error 13: database or disk is full" never reaches them.
public enum DatabaseFailure: Sendable, Hashable, CustomStringConvertible {
    case diskFull
    case readOnly
    case permissionDenied
    case cannotOpen
    /// The file is damaged, or is not a database.
    case corrupt
    case inputOutput
    case outOfMemory
    /// Any other result code, with SQLite's own words.
    case other(code: Int32, message: String)

    /// The failure `error` names, or nil when it is not an SQLite error (or is a busy one:
    /// `MatchDatabase.isBusy`).
    public init?(_ error: any Error) {
        guard let error = error as? DatabaseError, !MatchDatabase.isBusy(error) else { return nil }
        switch error.resultCode {
        case .SQLITE_FULL: self = .diskFull
        case .SQLITE_READONLY: self = .readOnly
        case .SQLITE_PERM, .SQLITE_AUTH: self = .permissionDenied
        case .SQLITE_CANTOPEN: self = .cannotOpen
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corrupt
        case .SQLITE_IOERR: self = .inputOutput
        case .SQLITE_NOMEM: self = .outOfMemory
        default: self = .other(code: error.extendedResultCode.rawValue, message: error.message ?? "\(error.resultCode)")
        }
    }

    public var description: String {
        switch self {
        case .diskFull: "the disk is full; free some space and try again"
        case .readOnly: "the database file or its folder is read-only"
        case .permissionDenied: "permission denied"
        case .cannotOpen: "the file cannot be opened: check that its folder exists and is writable"
        case .corrupt: "the file is damaged or not a database: restore it from a backup, or make a new one with init"
        case .inputOutput: "the disk reported an input/output error"
        case .outOfMemory: "out of memory"
        case let .other(code, message): "SQLite error \(code): \(message)"
        }
    }
}
