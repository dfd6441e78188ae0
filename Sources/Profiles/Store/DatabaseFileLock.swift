import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who may use a database file while `init` replaces it: an flock(2) on the file, apart from SQLite's
/// own locks. Every process that opens the database holds it shared for as long as it has it open;
/// `init` takes it exclusively before it builds a new database and keeps it until the new file has
/// been renamed into place. So `init` never replaces a file that an import (or any other command) is
/// writing to — it refuses instead — and a command that starts while `init` runs waits, then opens the
/// new file.
final class DatabaseFileLock: Sendable {
    private let descriptor: Int32
    let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// How long a command waits for an `init` that is replacing the database.
    static let rebuildWait: Duration = .seconds(60)

    /// Holds the database at `path` shared, creating an empty file if there is none (SQLite would make
    /// the same). Waits while `init` holds it.
    /// - Returns: nil when the file cannot be opened at all (SQLite then says why) or does not lock.
    /// - Throws: `DatabaseInUse` (`.beingRebuilt`) after `rebuildWait`.
    static func shared(_ path: String) throws(DatabaseInUse) -> DatabaseFileLock? {
        let deadline = ContinuousClock.now + rebuildWait
        while true {
            guard let lock = opening(path, creating: true) else { return nil }
            if flock(lock.descriptor, LOCK_SH | LOCK_NB) == 0 {
                // init may have renamed a new database over the path meanwhile: then lock that one.
                if lock.isStillAtPath { return lock }
                continue
            }
            guard errno == EWOULDBLOCK || errno == EINTR else { return nil }
            guard ContinuousClock.now < deadline else { throw DatabaseInUse(path: path, reason: .beingRebuilt) }
            usleep(50_000)
        }
    }

    /// Holds the database at `path` exclusively. A missing file is not made (a killed `init` would leave
    /// it empty): nothing else can be using it then.
    /// - Returns: the lock; nil when there is no file, or it cannot be opened (building the database then
    ///   says why) or does not lock.
    /// - Throws: `DatabaseInUse` (`.inUse`) at once if another process has the database open.
    static func exclusive(_ path: String) throws(DatabaseInUse) -> DatabaseFileLock? {
        guard let lock = opening(path, creating: false) else { return nil }
        guard flock(lock.descriptor, LOCK_EX | LOCK_NB) == 0 else {
            guard errno == EWOULDBLOCK else { return nil }
            throw DatabaseInUse(path: path, reason: .inUse)
        }
        return lock
    }

    private var isStillAtPath: Bool {
        var held = stat(), named = stat()
        return fstat(descriptor, &held) == 0 && stat(path, &named) == 0 && held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }

    private static func opening(_ path: String, creating: Bool) -> DatabaseFileLock? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (creating ? O_CREAT : 0), 0o644)
        return descriptor >= 0 ? DatabaseFileLock(descriptor: descriptor, path: path) : nil
    }
}

/// Another process has the database: `init` cannot replace it, or a command waited too long for `init`.
public struct DatabaseInUse: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// `init` found another command using the database, whose writes a new file would discard.
        case inUse
        /// A command waited for an `init` that is replacing the database.
        case beingRebuilt
    }

    public var path: String
    public var reason: Reason

    public var description: String {
        switch reason {
        case .inUse: "\(path) is in use by another match-cli command (an import?); wait until it has finished and try again"
        case .beingRebuilt: "init is building a new \(path); try again when it has finished"
        }
    }
}
