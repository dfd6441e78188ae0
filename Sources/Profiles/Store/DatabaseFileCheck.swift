import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is wrong with a path given as a database, before SQLite sees it: SQLite would turn an empty
/// file into a database without a word and say only "unable to open database file" of a folder.
public enum NotADatabase: Sendable, Hashable {
    /// An empty file: a database made by this tool is never empty.
    case empty
    /// A folder, device, named pipe or socket.
    case notARegularFile(FileKind)
    /// A file that does not start as an SQLite database does.
    case notSQLite
    /// The file cannot be opened for reading.
    case unreadable(FileProblem)
}

enum DatabaseFileCheck {
    /// The first 16 bytes of every SQLite 3 database file.
    static let header = Array("SQLite format 3\0".utf8)

    /// Why the file at `path` is not a database to open; nil when it is one, or when nothing is there
    /// yet (the database is then created).
    static func problem(at path: String) -> NotADatabase? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        if let kind = FileKind(mode: status.st_mode) { return .notARegularFile(kind) }
        if status.st_size == 0 { return .empty }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .unreadable(.lastSystemError) }
        defer { close(descriptor) }
        var start = [UInt8](repeating: 0, count: header.count)
        let count = start.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count == header.count && start == header ? nil : .notSQLite
    }
}
