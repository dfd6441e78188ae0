import Foundation
import GRDB

/// The one door to the SQLite store: it migrates the schema on open and offers intent-named
/// reads and transactions. WAL journal and foreign keys are on for file databases.
public struct MatchDatabase: Sendable {
    // Internal: everything outside the store goes through the intent-named methods of this façade.
    let writer: any DatabaseWriter
    /// The audit log, in a file of its own (`<path>-audit`) so that recording a run never waits for a
    /// long import holding the main database's write lock.
    let audit: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Self.configuration
        configuration.busyMode = .timeout(30)
        try self.init(DatabasePool(path: path, configuration: configuration),
                      audit: DatabaseQueue(path: path + "-audit", configuration: configuration))
    }

    /// A fresh in-memory database, for tests and dry runs.
    public static func inMemory() throws -> MatchDatabase {
        try MatchDatabase(DatabaseQueue(configuration: configuration))
    }

    /// - Parameter audit: where the audit log lives; nil keeps it in memory.
    public init(_ writer: any DatabaseWriter, audit: (any DatabaseWriter)? = nil) throws {
        self.writer = writer
        self.audit = try audit ?? DatabaseQueue(configuration: Self.configuration)
        // Only migrate when needed: a read-only command must leave the file byte-for-byte unchanged.
        for (migrator, database) in [(Self.migrator, writer), (Self.auditMigrator, self.audit)] {
            if try !database.read({ try migrator.hasCompletedMigrations($0) }) {
                try migrator.migrate(database)
            }
        }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return configuration
    }

    public var path: String { writer.path }

    /// Folds the write-ahead log into the database file, so the file alone holds everything (before it
    /// is moved or copied).
    public func checkpoint() throws {
        _ = try writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }
}
