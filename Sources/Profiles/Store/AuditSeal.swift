import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What keeps the audit log honest from outside its own file: the key that chains its records, and the
/// append-only anchor file that holds each record's `sequence:hash` as it is appended. For a database at
/// `PATH` they are `PATH-audit.key` (256 random bits as hex, created with owner-only permissions, 0600)
/// and `PATH-audit.anchor`; an in-memory database keeps both in memory.
///
/// Without the key nobody can re-hash an edited record; without the anchor, records removed from the end
/// of the log, an emptied table or a deleted `-audit` file would leave a log that still chains. The
/// anchor can be made append-only by the file system (`chattr +a`); a head kept elsewhere
/// (`log --head`) covers even a rewrite by someone who holds the key and the anchor file.
struct AuditSeal: Sendable {
    private enum Storage: Sendable {
        case files(key: String, anchor: String)
        case memory(Memory)
    }

    /// The key and anchor of an in-memory database.
    private final class Memory: @unchecked Sendable {
        private let lock = NSLock()
        private var key: SymmetricKey?
        private var anchor: [AuditHead] = []

        func withLock<T>(_ body: (inout SymmetricKey?, inout [AuditHead]) throws -> T) rethrows -> T {
            lock.lock()
            defer { lock.unlock() }
            return try body(&key, &anchor)
        }
    }

    private let storage: Storage

    /// The key and anchor files of the database at `path`.
    static func beside(_ path: String) -> AuditSeal {
        AuditSeal(storage: .files(key: path + "-audit.key", anchor: path + "-audit.anchor"))
    }

    static func inMemory() -> AuditSeal { AuditSeal(storage: .memory(Memory())) }

    /// Where the key is kept, for messages (":memory:" for an in-memory database).
    var keyPath: String {
        if case .files(let key, _) = storage { key } else { ":memory:" }
    }

    /// Where the anchor is kept, for messages.
    var anchorPath: String {
        if case .files(_, let anchor) = storage { anchor } else { ":memory:" }
    }

    // MARK: - The key

    /// The key, or nil when there is none yet (or it was deleted).
    /// - Throws: `StoreError.auditKeyUnreadable` when the file is there but holds no key.
    func key() throws -> SymmetricKey? {
        switch storage {
        case .memory(let memory):
            return memory.withLock { key, _ in key }
        case .files(let path, _):
            guard let data = FileManager.default.contents(atPath: path) else {
                guard FileManager.default.fileExists(atPath: path) else { return nil }
                throw StoreError.auditKeyUnreadable(path: path)
            }
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.utf8.count == 64, let bytes = Data(hex: text) else { throw StoreError.auditKeyUnreadable(path: path) }
            return SymmetricKey(data: bytes)
        }
    }

    /// Whether a key exists (made at the first record, so a log that had records has one).
    func hasKey() -> Bool {
        switch storage {
        case .memory(let memory): memory.withLock { key, _ in key != nil }
        case .files(let path, _): FileManager.default.fileExists(atPath: path)
        }
    }

    /// A new random 256-bit key, stored with owner-only permissions; if another process made one first,
    /// that one. The file appears whole or not at all: it is written under a temporary name and linked
    /// into place, which fails when a key is already there.
    func makeKey() throws -> SymmetricKey {
        let fresh = SymmetricKey(size: .bits256)
        switch storage {
        case .memory(let memory):
            return memory.withLock { key, _ in
                if key == nil { key = fresh }
                return key!
            }
        case .files(let path, _):
            let hex = fresh.withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() } + "\n"
            let temporary = path + ".\(getpid()).tmp"
            defer { unlink(temporary) }
            try Self.writeNew(temporary, Data(hex.utf8), failure: StoreError.auditKeyUnwritable(path: path))
            guard link(temporary, path) == 0 else {
                guard errno == EEXIST, let existing = try key() else { throw StoreError.auditKeyUnwritable(path: path) }
                return existing
            }
            return fresh
        }
    }

    // MARK: - The anchor

    /// The anchor's entries in the order they were appended, or nil when there is no anchor file.
    /// - Throws: `StoreError.auditAnchorUnreadable` with the line that is not `sequence:hash`.
    func anchor() throws -> [AuditHead]? {
        switch storage {
        case .memory(let memory):
            return memory.withLock { key, anchor in key == nil && anchor.isEmpty ? nil : anchor }
        case .files(_, let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                guard FileManager.default.fileExists(atPath: path) else { return nil }
                throw StoreError.auditAnchorUnreadable(path: path, line: 0)
            }
            var heads: [AuditHead] = []
            for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.isEmpty {
                guard let head = AuditHead(line) else { throw StoreError.auditAnchorUnreadable(path: path, line: index + 1) }
                heads.append(head)
            }
            return heads
        }
    }

    /// Appends `heads` to the anchor, one `sequence:hash` line each, and flushes them to disk. The file is
    /// only ever opened for appending (O_APPEND), so it also works when it is made append-only.
    func appendToAnchor(_ heads: [AuditHead]) throws {
        guard !heads.isEmpty else { return }
        switch storage {
        case .memory(let memory):
            memory.withLock { _, anchor in anchor += heads }
        case .files(_, let path):
            let text = heads.map { $0.description + "\n" }.joined()
            let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw StoreError.auditAnchorUnwritable(path: path) }
            defer { close(descriptor) }
            try Self.writeAll(descriptor, Data(text.utf8), failure: StoreError.auditAnchorUnwritable(path: path))
        }
    }

    // MARK: - Files

    /// Creates `path` (which must not exist) with permissions 0600 and writes `data` to it, flushed.
    private static func writeNew(_ path: String, _ data: Data, failure: StoreError) throws {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw failure }
        try writeAll(descriptor, data, failure: failure)
    }

    private static func writeAll(_ descriptor: Int32, _ data: Data, failure: StoreError) throws {
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else { throw failure }
    }
}
