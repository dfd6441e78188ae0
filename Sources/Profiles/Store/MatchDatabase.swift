import Foundation
import GRDB

/// The one door to the SQLite store: it migrates the schema on open and offers intent-named
/// reads and transactions. WAL journal and foreign keys are on for file databases.
public struct MatchDatabase: Sendable {
    public let writer: any DatabaseWriter

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(30)
        try self.init(DatabasePool(path: path, configuration: configuration))
    }

    /// A fresh in-memory database, for tests and dry runs.
    public static func inMemory() throws -> MatchDatabase {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try MatchDatabase(DatabaseQueue(configuration: configuration))
    }

    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        // Only migrate when needed: a read-only command must leave the file byte-for-byte unchanged.
        if try !writer.read({ try Self.migrator.hasCompletedMigrations($0) }) {
            try Self.migrator.migrate(writer)
        }
    }

    public var path: String { writer.path }
}
