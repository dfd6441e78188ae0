import Guidance
import Localization
import Profiles
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way the product writes files: each file appears whole or not at all. It is written to a
/// temporary file in the same folder, flushed to disk, then renamed over the target (rename(2) is atomic
/// within a file system), so a reader never sees half a file. Only a regular file is ever replaced: a
/// device (a copy of /dev/full), a symbolic link, a named pipe or a folder at the path is refused. A
/// failure removes the temporary; one that a killed process left is removed at the next write of the
/// same file (`LeftoverFiles`).
public enum AtomicFile {
    /// A file that could not be written: the path asked for (never the temporary) and why.
    public typealias WriteError = FileWriteError

    /// Writes `data` to `path`, replacing any regular file there.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        _ = try write([(path, data)])
    }

    /// Writes several files; they are renamed into place only once all of them are written, so a
    /// failure while writing replaces nothing (a failed rename leaves the files before it replaced,
    /// each one whole). No temporary file is left behind.
    /// - Returns: the paths written, in order.
    @discardableResult
    public static func write(_ files: [(path: String, contents: Data)]) throws(WriteError) -> [String] {
        try write(files, through: nil)
    }

    /// `write(_:)`, with every temporary's bytes sent to `device` instead when it is given (/dev/full: a
    /// test's full disk, which needs no mount or privilege and so is tried everywhere).
    @discardableResult
    static func write(_ files: [(path: String, contents: Data)], through device: String?) throws(WriteError) -> [String] {
        do {
            return try write(streaming: files.map { file in (file.path, { append in try append(file.contents) }) }, through: device)
        } catch let error as WriteError {
            throw error
        } catch {
            // Only `writeAll`'s errors can come from these bodies; this names the first file if another ever does.
            throw WriteError(path: files.first?.path ?? "", problem: .system(code: 0, message: String(describing: error)))
        }
    }

    /// Writes a file chunk by chunk: the body hands its bytes, in order, to `append`.
    public typealias FileBody = (_ append: (Data) throws -> Void) throws -> Void

    /// Writes several files, each as its body produces it, one after another, so no file is ever held
    /// whole; they are renamed into place only once all of them are written, as `write(_:)` does.
    /// - Returns: the paths written, in order.
    /// - Throws: `WriteError`, or whatever a body throws; no temporary file is left behind.
    @discardableResult
    public static func write(streaming files: [(path: String, body: FileBody)]) throws -> [String] {
        try write(streaming: files, through: nil)
    }

    /// `write(streaming:)`, with every temporary's bytes sent to `device` instead when it is given.
    static func write(streaming files: [(path: String, body: FileBody)], through device: String?) throws -> [String] {
        for file in files { try prepare(file.path) }
        var temporaries: [(temporary: String, target: String)] = []
        // Whatever fails, no temporary stays behind; unlink of an already renamed one fails harmlessly.
        defer { for entry in temporaries { unlink(entry.temporary) } }
        for file in files {
            let temporary = LeftoverFiles.writingPath(for: file.path)
            try writeNew(to: temporary, naming: file.path, through: device) { descriptor in
                try file.body { chunk in try writeAll(chunk, to: descriptor, naming: file.path) }
            }
            temporaries.append((temporary, file.path))
        }
        for entry in temporaries where rename(entry.temporary, entry.target) != 0 {
            throw WriteError(path: entry.target, problem: .lastSystemError)
        }
        for folder in Set(temporaries.map { URL(fileURLWithPath: $0.target).deletingLastPathComponent().path }) {
            flushFolder(folder)
        }
        return temporaries.map(\.target)
    }

    /// Refuses a target that is not a regular file, and removes its stale temporaries.
    private static func prepare(_ path: String) throws(WriteError) {
        if let problem = FileKind.replacementProblem(at: path) { throw WriteError(path: path, problem: problem) }
        LeftoverFiles.removeStale(besides: path)
    }

    /// Makes the renames durable too; a failure here loses nothing already written, so it is ignored.
    private static func flushFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    /// Writes a file as `body` produces it, chunk by chunk through `append`, so a large output never
    /// sits in memory whole; the file appears only when `body` returns.
    public static func write(to path: String, _ body: (_ append: (Data) throws -> Void) throws -> Void) throws {
        try write(to: path, through: nil, body)
    }

    /// `write(to:_:)`, with the temporary's bytes sent to `device` instead when it is given.
    static func write(to path: String, through device: String?, _ body: (_ append: (Data) throws -> Void) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in _ = try write(streaming: [(path, body)], through: device) }
    }

    /// Creates `path` (which must not exist), lets `fill` write into it, flushes it to disk and closes it.
    private static func writeNew(to path: String, naming target: String, through device: String? = nil, _ fill: (Int32) throws -> Void) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: target, problem: .lastSystemError)
        }
        if let device {
            let substitute = open(device, O_WRONLY | O_CLOEXEC)
            if substitute >= 0 { dup2(substitute, descriptor); close(substitute) }
        }
        do {
            try fill(descriptor)
        } catch {
            close(descriptor)
            unlink(path)
            throw error
        }
        var failure: FileProblem?
        if fsync(descriptor) != 0 { failure = .lastSystemError }
        if close(descriptor) != 0, failure == nil { failure = .lastSystemError }
        if let failure {
            unlink(path)
            throw WriteError(path: target, problem: failure)
        }
    }

    private static func writeAll(_ contents: Data, to descriptor: Int32, naming target: String) throws(WriteError) {
        var failure: FileProblem?
        contents.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .lastSystemError
                    return
                }
                offset += written
            }
        }
        if let failure { throw WriteError(path: target, problem: failure) }
    }
}

/// write(2), named apart from `AtomicFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
