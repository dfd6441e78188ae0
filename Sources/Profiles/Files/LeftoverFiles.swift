import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files the product makes beside a file it writes, and the one rule for removing those
/// that a killed process left behind.
///
/// Two kinds, each named after its target and the process that makes it:
/// - `.NAME.PID.UUID.tmp`: a file being written in place of NAME (`AtomicFile`);
/// - `.NAME.building-PID`, with `-wal`, `-shm`, `-audit` beside it: a database being built in place of NAME (`init`).
///
/// A temporary is stale when the process named in it is gone, or, when no process is named (a name
/// from an older version) or the process id may have been reused, when it has not been touched for
/// `safeAge` (`reusedProcessAge`). Only regular files are removed.
public enum LeftoverFiles {
    /// How long a temporary that names no process must be untouched before it is removed. A writer
    /// touches its file at every chunk, so a live one is never this old.
    public static let safeAge: TimeInterval = 60 * 60
    /// How long a temporary whose process id is in use must be untouched before it is taken for a
    /// leftover of an earlier process with the same id.
    public static let reusedProcessAge: TimeInterval = 24 * 60 * 60

    /// The temporary to write `target`'s new contents into, in the same folder.
    public static func writingPath(for target: String) -> String {
        sibling(of: target, named: ".\(name(of: target)).\(getpid()).\(UUID().uuidString).tmp")
    }

    /// The temporary to build a database at `target` in, in the same folder.
    public static func buildingPath(for target: String) -> String {
        sibling(of: target, named: ".\(name(of: target)).building-\(getpid())")
    }

    /// Removes the stale temporaries of `target` from its folder.
    /// - Returns: the paths removed.
    @discardableResult
    public static func removeStale(besides target: String, now: Date = Date()) -> [String] {
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        let prefix = ".\(name(of: target))."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for entry in entries where entry.hasPrefix(prefix) {
            guard let owner = owner(ofTemporary: String(entry.dropFirst(prefix.count))) else { continue }
            let path = sibling(of: target, named: entry)
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            let age = now.timeIntervalSince1970 - Double(modificationSeconds(status))
            let stale = switch owner {
            case .some(let process): process != getpid() && (!isRunning(process) || age > reusedProcessAge)
            case .none: age > safeAge
            }
            if stale, unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }

    /// For the part of a name after `.NAME.`: nil when it is no temporary of ours; `.some(nil)` when it
    /// is one that names no process; else the process id.
    static func owner(ofTemporary rest: String) -> Int32?? {
        if rest.hasPrefix("building-") {
            var digits = rest.dropFirst("building-".count)
            for suffix in ["-wal", "-shm", "-audit", "-journal"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count) }
            return Int32(digits).map { .some($0) }
        }
        guard rest.hasSuffix(".tmp") else { return nil }
        let parts = rest.dropLast(".tmp".count).split(separator: ".", omittingEmptySubsequences: false)
        switch parts.count {
        case 1 where UUID(uuidString: String(parts[0])) != nil: return .some(nil)
        case 2 where UUID(uuidString: String(parts[1])) != nil: return Int32(parts[0]).map { .some($0) }
        default: return nil
        }
    }

    /// Whether a process with this id exists (one of another user counts: kill(2) then says EPERM).
    static func isRunning(_ process: Int32) -> Bool {
        process > 0 && (kill(process, 0) == 0 || errno != ESRCH)
    }

    private static func modificationSeconds(_ status: stat) -> Int {
        #if canImport(Darwin)
        Int(status.st_mtimespec.tv_sec)
        #else
        Int(status.st_mtim.tv_sec)
        #endif
    }

    private static func name(of target: String) -> String { URL(fileURLWithPath: target).lastPathComponent }

    private static func sibling(of target: String, named name: String) -> String {
        URL(fileURLWithPath: target).deletingLastPathComponent().appendingPathComponent(name).path
    }
}
