import Foundation
import ScoringCore
import Allocation

/// Writes a file through a temporary sibling and a rename, so a failure never leaves a half-written file.
enum AtomicFile {
    static func write(to path: String, _ body: (FileHandle) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).tmp-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CLIError("cannot write \(path): the folder does not exist or is not writable")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try body(handle)
            try handle.synchronize()
            try handle.close()
            // rename(2) replaces the target atomically: readers see the old file or the new, never a mix.
            guard rename(temporary.path, target.path) == 0 else {
                throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
