/// Why the store refused or failed an operation; `description` is the English text (the command line
/// words it in the user's language).
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path given as the database holds something else (`DatabaseFileCheck`); nothing was written.
    case notADatabase(path: String, NotADatabase)
    /// SQLite failed on the database at `path` (nil when not known) for a reason the system names.
    case databaseFailed(path: String?, DatabaseFailure)
    /// The file at `path` was migrated by a newer version of the tool (`migrations` are unknown to this
    /// one): this build writes nothing to it, since it does not know what the newer tables hold.
    case newerSchema(path: String, migrations: [String])
    /// The audit log has records but its key file is gone: no record can be appended or checked.
    case auditKeyMissing(path: String)
    /// The key file is there but holds no key (64 hex digits).
    case auditKeyUnreadable(path: String)
    case auditKeyUnwritable(path: String)
    /// A line of the anchor file is not `sequence:hash` (line 0: the file cannot be read).
    case auditAnchorUnreadable(path: String, line: Int)
    case auditAnchorUnwritable(path: String)
    /// `forget` deleted the student, but another program holds the database open in a read, so the copies
    /// in the write-ahead log at `path` could not be removed yet.
    case copiesLeftInWriteAheadLog(path: String)

    public var description: String {
        switch self {
        case let .notADatabase(path, problem):
            switch problem {
            case .empty: "\(path) is an empty file, not a database: give the path of a database, or a new path to create one"
            case .notARegularFile(let kind): "\(path) is \(kind), not a database: give the path of a database file"
            case .notSQLite: "\(path) is not a match-cli database (not SQLite): give the path of a database, or a new path to create one"
            case .unreadable(let problem): "cannot open the database \(path): \(problem)"
            }
        case let .databaseFailed(path, failure): "the database\(path.map { " " + $0 } ?? ""): \(failure)"
        case let .newerSchema(path, migrations):
            "\(path) was written by a newer version of match-cli (unknown migrations: \(migrations.joined(separator: ", "))); "
                + "this version does not write to it: use the newer version"
        case .auditKeyMissing(let path):
            "the audit key \(path) is missing, so the audit log can be neither extended nor checked: restore it from a backup"
        case .auditKeyUnreadable(let path): "the audit key \(path) does not hold a key (64 hex digits): restore it from a backup"
        case .auditKeyUnwritable(let path): "cannot create the audit key \(path)"
        case let .auditAnchorUnreadable(path, line):
            line == 0 ? "cannot read the audit anchor \(path)" : "\(path):\(line): not a `sequence:hash` line"
        case .auditAnchorUnwritable(let path): "cannot append to the audit anchor \(path)"
        case .copiesLeftInWriteAheadLog(let path):
            "the student was removed, but another program is reading the database, so \(path) holds copies of the "
                + "removed rows until every program using the database has closed it"
        }
    }
}
