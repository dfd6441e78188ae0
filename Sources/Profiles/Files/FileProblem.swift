import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written, kept as data so that it is worded in the reader's language
/// (`Words.reason(_:)`); `description` is the English wording.
public enum FileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// No space left on the device, or the user's quota is used up (ENOSPC, EDQUOT).
    case diskFull
    /// The file would pass the largest size the system allows this process (EFBIG, `ulimit -f`).
    case fileTooLarge
    /// Permission denied (EACCES, EPERM).
    case permissionDenied
    /// The file system is mounted read-only (EROFS).
    case readOnly
    /// The folder the file should go in does not exist (ENOENT).
    case folderMissing
    /// The file to be read does not exist.
    case noSuchFile
    /// A path that should be a folder is something else.
    case notAFolder
    /// Something other than a regular file is at the path; it is never replaced (a device such as
    /// /dev/full, a symbolic link, a named pipe, a socket or a folder).
    case notARegularFile(FileKind)
    /// Any other failure, with the system's own words.
    case system(code: Int32, message: String)

    /// The problem `errno` names.
    public init(errno code: Int32) {
        switch code {
        case ENOSPC, EDQUOT: self = .diskFull
        case EFBIG: self = .fileTooLarge
        case EACCES, EPERM: self = .permissionDenied
        case EROFS: self = .readOnly
        case ENOENT: self = .folderMissing
        case ENOTDIR: self = .notAFolder
        default: self = .system(code: code, message: String(cString: strerror(code)))
        }
    }

    /// The problem of the last failed system call.
    public static var lastSystemError: FileProblem { FileProblem(errno: errno) }

    public var description: String {
        switch self {
        case .diskFull: "the disk is full"
        case .fileTooLarge: "the file is larger than this system allows (or the disk is full)"
        case .permissionDenied: "permission denied"
        case .readOnly: "the file system is read-only"
        case .folderMissing: "the folder does not exist"
        case .noSuchFile: "the file does not exist"
        case .notAFolder: "not a folder"
        case .notARegularFile(let kind): "it is \(kind), not a regular file, and only a regular file is replaced"
        case .system(_, let message): message
        }
    }
}

/// What is at a path, when it is not a regular file.
public enum FileKind: String, Sendable, Hashable, Codable, CustomStringConvertible {
    case folder, symbolicLink, device, namedPipe, socket, unknown

    public var description: String {
        switch self {
        case .folder: "a folder"
        case .symbolicLink: "a symbolic link"
        case .device: "a device"
        case .namedPipe: "a named pipe"
        case .socket: "a socket"
        case .unknown: "a special file"
        }
    }

    /// Why a file may not be put at `path`: nil when nothing is there or a regular file is (which may be
    /// replaced); otherwise what is there. The path itself is looked at, not what a link points to.
    public static func replacementProblem(at path: String) -> FileProblem? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return errno == ENOENT ? nil : .lastSystemError }
        return FileKind(mode: status.st_mode).map { .notARegularFile($0) }
    }

    /// What is at `path` (following links) when it exists and is not a regular file; nil otherwise.
    public static func nonRegularFile(at path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileKind(mode: status.st_mode)
    }

    /// The kind a `stat` mode names; nil for a regular file.
    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symbolicLink
        case S_IFCHR, S_IFBLK: self = .device
        case S_IFIFO: self = .namedPipe
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }
}
