import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file, read a block at a time (`ImportLimits.readBlockBytes`), so a reader holds one
/// block, not the file.
struct FileBytes: ~Copyable {
    private let descriptor: Int32
    private var block: [UInt8]
    private var position = 0
    private var end = 0
    /// The bytes of the blocks before the one held.
    private var before = 0
    /// Set when a read(2) failed, with why.
    private(set) var failure: FileProblem?

    /// Opens `path` for reading; nil when it cannot be opened (why is in `FileProblem.lastSystemError`).
    init?(path: String) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        block = [UInt8](repeating: 0, count: ImportLimits.readBlockBytes)
    }

    deinit { close(descriptor) }

    /// The next byte, or nil at the end of the file (or after a failed read: see `failure`).
    @inline(__always)
    mutating func next() -> UInt8? {
        if position == end, !refill() { return nil }
        defer { position += 1 }
        return block[position]
    }

    /// How many bytes have been taken with `next()` (a reader's progress through the file).
    var consumed: Int { before + position }

    /// The next byte without consuming it.
    @inline(__always)
    mutating func peek() -> UInt8? {
        if position == end, !refill() { return nil }
        return block[position]
    }

    private mutating func refill() -> Bool {
        guard failure == nil else { return false }
        while true {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { failure = .lastSystemError }
            guard count > 0 else { return false }
            before += end
            position = 0
            end = count
            return true
        }
    }
}
