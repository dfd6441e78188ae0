import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MatchDatabase {
    /// Builds a new database with `fill` in a temporary file beside `path` and renames it over `path`,
    /// so a failed build leaves nothing half-made. A regular file at `path` is replaced; anything else
    /// (a device, a link, a folder) is refused. No other process may have the database open meanwhile:
    /// its writes would go to the replaced file and be lost, so this refuses while one has, and commands
    /// that start meanwhile wait for the new file (`DatabaseFileLock`). Stale temporaries of killed
    /// builds are removed first (`LeftoverFiles`).
    /// - Throws: `FileWriteError` for a path that is not a regular file or cannot be written,
    ///   `DatabaseInUse` (`.inUse`) while another process has the database open, or what `fill` throws.
    public static func replace(at path: String, _ fill: (MatchDatabase) throws -> Void) throws -> MatchDatabase {
        if let problem = FileKind.replacementProblem(at: path) { throw FileWriteError(path: path, problem: problem) }
        LeftoverFiles.removeStale(besides: path)
        let held = try DatabaseFileLock.exclusive(path)
        let temporary = LeftoverFiles.buildingPath(for: path)
        defer { for suffix in ["", "-wal", "-shm", "-audit", "-audit-wal", "-audit-shm"] { unlink(temporary + suffix) } }
        do {
            let store = try MatchDatabase(path: temporary)
            try fill(store)
            try store.checkpoint()
        } catch StoreError.databaseFailed(_, let failure) {
            throw StoreError.databaseFailed(path: path, failure)  // the path asked for, not the temporary's
        }
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        guard rename(temporary, path) == 0 else { throw FileWriteError(path: path, problem: .lastSystemError) }
        // Held until the new file is in place; then the commands that waited open it.
        withExtendedLifetime(held) {}
        return try MatchDatabase(path: path)
    }
}
