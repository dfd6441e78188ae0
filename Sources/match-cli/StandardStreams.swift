import Profiles
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard output and error, written so that a full disk or a closed stream never traps the process
/// (Foundation's `FileHandle.write(_:)` traps when write(2) fails: exit 132 with `2>/dev/full`). What
/// could not be written is remembered, and `finish()` turns it into an error and a non-zero exit code.
enum StandardStreams {
    /// Whether a line meant for standard error was lost.
    nonisolated(unsafe) private static var errorLost = false

    /// Writes `text` to standard error.
    static func writeError(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                errorLost = true
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Writes bytes to standard output through the same buffer as `print`, so the two never interleave
    /// out of order; a failure shows in `finish()`.
    static func writeOutput(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        _ = fwrite(base, 1, bytes.count, stdout)
    }

    static func writeOutput(_ bytes: [UInt8]) { bytes.withUnsafeBytes { writeOutput($0) } }

    /// Flushes standard output (which `print` buffers).
    /// - Returns: why output was lost, if any was: standard output's problem, or nil with
    ///   `errorLost` when only standard error failed.
    static func finish() -> (output: FileProblem?, errorLost: Bool) {
        let flushed = fflush(stdout) == 0
        let code = errno
        guard !flushed || ferror(stdout) != 0 else { return (nil, errorLost) }
        return (flushed ? .system(code: EIO, message: String(cString: strerror(EIO))) : FileProblem(errno: code), errorLost)
    }
}

/// A line on standard error, for the person at the terminal.
func printError(_ text: String) {
    StandardStreams.writeError(text + "\n")
}
