import Foundation
import GRDB

/// The one door to the SQLite store: it migrates the schema on open and offers intent-named reads and
/// transactions. WAL journal and foreign keys are on for file databases.
///
/// The connections are private to this file: every read and every transaction the store makes starts
/// here, in one of the methods below, and the facet files (`MatchDatabase+Reading.swift`, …) hold what
/// runs inside one, as `static` functions of a `Database`.
public struct MatchDatabase: Sendable {
    private let writer: any DatabaseWriter
    /// The audit log, in a file of its own (`<path>-audit`) so that recording a run never waits for a
    /// long import holding the main database's write lock.
    private let audit: any DatabaseWriter
    /// Held shared while the database is open, so that `init` does not replace it (`DatabaseFileLock`).
    private var fileLock: DatabaseFileLock?

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// - Throws: `DatabaseInUse` when `init` is replacing the file and does not finish in time.
    public init(path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let lock = try DatabaseFileLock.shared(path)
        var configuration = Self.configuration
        configuration.busyMode = .timeout(30)
        try self.init(DatabasePool(path: path, configuration: configuration),
                      audit: DatabaseQueue(path: path + "-audit", configuration: configuration))
        fileLock = lock
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

// MARK: - Reads

extension MatchDatabase {
    /// The whole catalogue (everything but students).
    public func catalogue() throws -> Catalogue {
        try writer.read(Self.catalogue)
    }

    /// The student with this id, or nil.
    public func student(id: String) throws -> Student? {
        try writer.read { try Self.students($0, id: id).first }
    }

    /// All students, sorted by id.
    /// - Complexity: O(n) rows read in three ordered scans.
    public func students() throws -> [Student] {
        try writer.read { try Self.students($0) }
    }

    public func studentCount() throws -> Int {
        try writer.read(StudentRow.fetchCount)
    }

    /// Record counts per kind, and per region for the kinds that have one.
    public func statistics() throws -> Statistics {
        try writer.read(Self.statistics)
    }

    /// A fingerprint of everything stored: SHA-256 over every record's content hash, table by table.
    public func dataFingerprint() throws -> String {
        try writer.read(Self.dataFingerprint)
    }

    /// A value kept in the `meta` table (e.g. where the catalogue was built from).
    public func meta(_ key: String) throws -> String? {
        try writer.read { try MetaRow.fetchOne($0, key: key)?.value }
    }

    /// The audit log, oldest record first.
    public func auditLog() throws -> [AuditRecord] {
        try audit.read { try AuditLogRow.order(AuditLogRow.Columns.sequence).fetchAll($0).map(\.auditRecord) }
    }

    /// References that lead nowhere (there should be none: the schema's foreign keys forbid them).
    func foreignKeyViolations() throws -> [ForeignKeyViolation] {
        try writer.read { try Array($0.foreignKeyViolations()) }
    }

    /// Whether every migration has run.
    func hasCompletedMigrations() throws -> Bool {
        try writer.read(Self.migrator.hasCompletedMigrations)
    }

    /// How many rows hold something about the student `id` (the profile, its grades and its skills).
    func storedRowCount(aboutStudent id: String) throws -> Int {
        try writer.read { try Self.storedRowCount(aboutStudent: id, $0) }
    }
}

// MARK: - Transactions

extension MatchDatabase {
    /// Runs one import as one transaction: what `body` stores through its session is committed when it
    /// returns `.commit`, and rolled back whole when it returns `.rollBack` (a dry run, or invalid records)
    /// or throws.
    func importBatch(_ body: (ImportSession) throws -> ImportSession.Ending) throws {
        try writer.writeWithoutTransaction { db in
            try db.inTransaction { try body(ImportSession(db)) == .commit ? .commit : .rollback }
        }
    }

    /// Upserts generated students in one transaction (all or none). Records are not re-validated:
    /// use this only for students made by `CohortGenerator` from this database's catalogue.
    public func storeGenerated<S: Sequence>(_ students: S) throws -> UpsertCounts where S.Element == Student {
        try writer.write { try Self.upsert(students, $0) }
    }

    /// Upserts generated vacancies (from `VacancyGenerator`) in one transaction.
    public func storeGenerated<S: Sequence>(_ vacancies: S) throws -> UpsertCounts where S.Element == Vacancy {
        try writer.write { try Self.upsert(vacancies, $0) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try writer.write { try MetaRow(key: key, value: value).save($0) }
    }

    /// Removes a student and everything stored about them (grades, skills) in one transaction.
    /// - Returns: whether the student existed.
    @discardableResult
    public func forget(studentID: String) throws -> Bool {
        // The schema's ON DELETE CASCADE removes the grades and skills.
        try writer.write { try StudentRow.deleteOne($0, key: studentID) }
    }

    /// Appends a record to the audit log, chained to the last one.
    @discardableResult
    public func appendAudit(command: String, parameters: [String: String], inputHash: String, modelVersion: String,
                            weights: [String: Double], outputHash: String, time: Date = Date()) throws -> AuditRecord {
        try audit.write { db in
            try Self.appendAudit(command: command, parameters: parameters, inputHash: inputHash, modelVersion: modelVersion,
                                 weights: weights, outputHash: outputHash, time: time, db)
        }
    }
}

#if DEBUG
// MARK: - Tests only

extension MatchDatabase {
    /// Runs SQL around the façade, to make states that it never makes (an edited audit log, a schema from
    /// before a migration). Tests only: release builds do not have it.
    /// - Parameter inAuditLog: run it on the audit file instead of the main database.
    func executeForTesting(_ sql: String, inAuditLog: Bool = false) throws {
        try (inAuditLog ? audit : writer).writeWithoutTransaction { try $0.execute(sql: sql) }
    }
}
#endif
