import Foundation
import GRDB

/// The one door to the SQLite store: it migrates the schema on open and offers intent-named reads and
/// transactions. WAL journal, foreign keys and `secure_delete` are on for file databases.
///
/// The connections are private to this file: every read and every transaction the store makes starts
/// here, in one of the methods below, and the facet files (`MatchDatabase+Reading.swift`, …) hold what
/// runs inside one, as `static` functions of a `Database`.
public struct MatchDatabase: Sendable {
    private let writer: any DatabaseWriter
    /// The audit log, in a file of its own (`<path>-audit`) so that recording a run never waits for a
    /// long import holding the main database's write lock.
    private let audit: any DatabaseWriter
    /// The audit log's key and anchor, outside both database files.
    private let seal: AuditSeal
    /// Set when a newer version of the tool migrated either file: this build then writes nothing.
    private let newerSchema: StoreError?

    /// Held shared while the database is open, so that `init` does not replace it (`DatabaseFileLock`).
    private var fileLock: DatabaseFileLock?

    /// Opens (creating if needed) the database at `path` and brings its schema up to date. The audit
    /// log is `path-audit`, its key `path-audit.key` and its anchor `path-audit.anchor` (`AuditSeal`).
    /// - Throws: `StoreError.notADatabase` when something other than a database is at `path` (an empty
    ///   file, a folder, a file of another kind); `DatabaseInUse` when `init` is replacing the file and does
    ///   not finish in time.
    public init(path: String) throws {
        if let problem = DatabaseFileCheck.problem(at: path) { throw StoreError.notADatabase(path: path, problem) }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let lock = try DatabaseFileLock.shared(path)
        var configuration = Self.configuration
        configuration.busyMode = .timeout(30)
        do {
            // The audit log in WAL mode too: a record (one per view of a minor's page) costs one sync, not three.
            var auditConfiguration = configuration
            auditConfiguration.journalMode = .wal
            try self.init(DatabasePool(path: path, configuration: configuration),
                          audit: DatabaseQueue(path: path + "-audit", configuration: auditConfiguration), seal: .beside(path))
        } catch {
            // SQLite says "unable to open database file" without the file: name it, and say what to do.
            if let failure = DatabaseFailure(error) { throw StoreError.databaseFailed(path: path, failure) }
            throw error
        }
        fileLock = lock
    }

    /// A fresh in-memory database, for tests and dry runs.
    public static func inMemory() throws -> MatchDatabase {
        try MatchDatabase(DatabaseQueue(configuration: configuration))
    }

    /// - Parameter audit: where the audit log lives; nil keeps it, its key and its anchor in memory.
    public init(_ writer: any DatabaseWriter, audit: (any DatabaseWriter)? = nil) throws {
        try self.init(writer, audit: try audit ?? DatabaseQueue(configuration: Self.configuration),
                      seal: audit == nil ? .inMemory() : .beside(writer.path))
    }

    private init(_ writer: any DatabaseWriter, audit: any DatabaseWriter, seal: AuditSeal) throws {
        self.writer = writer
        self.audit = audit
        self.seal = seal
        let auditMigrator = Self.auditMigrator(seal: seal) { try writer.read(Self.legacyAuditPseudonyms) }
        newerSchema = try Self.newerSchema(writer, Self.migrator) ?? Self.newerSchema(audit, auditMigrator)
        guard newerSchema == nil else { return }
        // Only migrate when needed: a read-only command must leave the file byte-for-byte unchanged.
        if try !writer.read({ try Self.migrator.hasCompletedMigrations($0) }) {
            try Self.migrator.migrate(writer)
        }
        if try !audit.read({ try auditMigrator.hasCompletedMigrations($0) }) {
            let keyedBefore = try audit.read { try auditMigrator.appliedIdentifiers($0) }.contains(Self.keyedChainMigration)
            try auditMigrator.migrate(audit)
            // The re-sealed records go into the anchor once their transaction has committed.
            if !keyedBefore { try seal.appendToAnchor(try auditLog().map { AuditHead($0) }) }
        }
    }

    /// The error every write raises when `database` has migrations `migrator` does not know.
    private static func newerSchema(_ database: any DatabaseWriter, _ migrator: DatabaseMigrator) throws -> StoreError? {
        try database.read { db in
            guard try migrator.hasBeenSuperseded(db) else { return nil }
            let known = Set(try migrator.completedMigrations(db))
            let unknown = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations").filter { !known.contains($0) }
            return .newerSchema(path: database.path, migrations: unknown)
        }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // Deleted rows are overwritten with zeros, whatever the SQLite build's default.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        return configuration
    }

    public var path: String { writer.path }

    /// Throws if this build must not write to the database (a newer version migrated it).
    public func requireWritable() throws {
        if let newerSchema { throw newerSchema }
    }

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

    /// The schoolchildren `filter` selects, sorted by id, read without loading anyone else.
    public func pupils(_ filter: PupilFilter) throws -> [Student] {
        try writer.read { try Self.pupils($0, filter) }
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

    /// A pupil's stored answers and the flags they raised, or nil.
    public func answers(of studentID: String) throws -> (answers: QuestionnaireAnswers, flags: Set<QuestionnaireResult.Flag>)? {
        try writer.read { db in try QuestionnaireAnswerRow.fetchOne(db, key: studentID).map { ($0.answers, $0.storedFlags) } }
    }

    /// Every stored set of answers, by student id, for the instrument's statistics.
    public func allAnswers() throws -> [QuestionnaireAnswers] {
        try writer.read { db in try QuestionnaireAnswerRow.order(QuestionnaireAnswerRow.Columns.studentID).fetchAll(db).map(\.answers) }
    }

    /// The newest record's `sequence:hash`, for an operator to keep elsewhere (`log --head`).
    public func auditHead() throws -> AuditHead {
        try audit.read { try AuditLogRow.order(AuditLogRow.Columns.sequence.desc).fetchOne($0) }.map { AuditHead($0.auditRecord) } ?? .empty
    }

    /// Checks the audit log against its key, its anchor and, when given, a head kept elsewhere.
    /// - Returns: the sequence numbers of records that fail (0 for the whole log), with why; empty when
    ///   the log is intact.
    public func verifyAuditLog(head: AuditHead? = nil) throws -> [(sequence: Int, reason: AuditLogBreak)] {
        try Self.verify(try auditLog(), seal: seal, head: head)
    }

    /// The random token the audit log records for each of these students (none for an unknown id).
    public func auditTokens(ofStudents ids: some Collection<String>) throws -> [String: String] {
        try writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT student_id, token FROM student_audit_token WHERE student_id IN (\(databaseQuestionMarks(count: ids.count)))",
                                        arguments: StatementArguments(Array(ids)))
            return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as String) })
        }
    }

    /// References that lead nowhere (there should be none: the schema's foreign keys forbid them).
    func foreignKeyViolations() throws -> [ForeignKeyViolation] {
        try writer.read { try Array($0.foreignKeyViolations()) }
    }

    /// Whether every migration has run.
    func hasCompletedMigrations() throws -> Bool {
        try writer.read(Self.migrator.hasCompletedMigrations)
    }

    /// How many rows hold something about the student `id` (the profile, grades, skills, answers and audit token).
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
        try requireWritable()
        try writer.writeWithoutTransaction { db in
            try db.inTransaction { try body(ImportSession(db)) == .commit ? .commit : .rollback }
        }
    }

    /// Upserts generated students in one transaction (all or none). Records are not re-validated:
    /// use this only for students made by `CohortGenerator` from this database's catalogue.
    public func storeGenerated<S: Sequence>(_ students: S) throws -> UpsertCounts where S.Element == Student {
        try requireWritable()
        return try writer.write { try Self.upsert(students, $0) }
    }

    /// Upserts generated vacancies (from `VacancyGenerator`) in one transaction.
    public func storeGenerated<S: Sequence>(_ vacancies: S) throws -> UpsertCounts where S.Element == Vacancy {
        try requireWritable()
        return try writer.write { try Self.upsert(vacancies, $0) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try requireWritable()
        try writer.write { try MetaRow(key: key, value: value).save($0) }
    }

    /// Removes a student and everything stored about them (grades, skills, audit token) in one
    /// transaction, then leaves no copy in the files: deleted rows are zeroed (`secure_delete`), `VACUUM`
    /// rewrites every page (free space left by changes made without `secure_delete` — by an older version
    /// or another SQLite build — can still hold an earlier copy of the row), and the write-ahead log is
    /// checkpointed into the database and truncated.
    /// - Returns: whether the student existed.
    /// - Throws: `StoreError.copiesLeftInWriteAheadLog` when another connection's read keeps the
    ///   write-ahead log from being truncated (the student is removed all the same).
    /// - Complexity: O(size of the database), for `VACUUM`.
    @discardableResult
    public func forget(studentID: String) throws -> Bool {
        try requireWritable()
        // The schema's ON DELETE CASCADE removes the grades, skills, questionnaire answers and audit token.
        guard try writer.write({ try StudentRow.deleteOne($0, key: studentID) }) else { return false }
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")
            do {
                _ = try db.checkpoint(.truncate)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                throw StoreError.copiesLeftInWriteAheadLog(path: writer.path + "-wal")
            }
        }
        return true
    }

    /// Stores a pupil's answers (replacing earlier ones) and, when they were scored, sets the pupil's six
    /// interest scores to the result, in one transaction.
    /// - Throws: `QuestionnaireStoreError.unknownStudent` if no student has the id.
    public func saveAnswers(_ answers: QuestionnaireAnswers, result: QuestionnaireResult, at time: Date = Date()) throws {
        try requireWritable()
        try writer.write { db in try Self.saveAnswers(answers, result: result, at: time, db) }
    }

    /// Scores a pupil's answers and stores them (replacing earlier ones); complete answers become the
    /// pupil's six interest scores, in the same transaction (`submit`, the path answer sheets take too).
    /// - Throws: `QuestionnaireStoreError.unknownStudent` if no student has the id.
    public func submitAnswers(_ answers: QuestionnaireAnswers, bank: ItemBank, at time: Date = Date()) throws -> QuestionnaireResult {
        try requireWritable()
        return try writer.write { db in try Self.submit(answers, bank: bank, at: time, db).result }
    }

    /// Sets a pupil's grades (1–5) in the given subjects, keeping their other grades, in one transaction.
    /// - Throws: `QuestionnaireStoreError.unknownStudent` if no student has the id.
    public func recordGrades(_ grades: [String: Int], ofStudent id: String) throws {
        try requireWritable()
        try writer.write { db in try Self.recordGrades(grades, ofStudent: id, db) }
    }

    /// Adds a skill (a hobby, a course, a competition) to a pupil, or replaces its level and evidence.
    public func recordSkill(_ skill: StudentSkill, ofStudent id: String) throws {
        try requireWritable()
        try writer.write { db in try Self.recordSkill(skill, ofStudent: id, db) }
    }

    /// Removes a skill from a pupil. - Returns: whether they had it.
    @discardableResult
    public func removeSkill(_ skillID: String, ofStudent id: String) throws -> Bool {
        try requireWritable()
        return try writer.write { db in try Self.removeSkill(skillID, ofStudent: id, db) }
    }

    /// Appends a record to the audit log, chained to the last one and hashed with the audit key (made
    /// with the first record), and its head to the anchor.
    @discardableResult
    public func appendAudit(command: String, parameters: [String: String], inputHash: String, modelVersion: String,
                            weights: [String: Double], outputHash: String, time: Date = Date()) throws -> AuditRecord {
        try requireWritable()
        let record = try audit.write { db in
            try Self.appendAudit(command: command, parameters: parameters, inputHash: inputHash, modelVersion: modelVersion,
                                 weights: weights, outputHash: outputHash, time: time, key: Self.auditKey(seal, db), db)
        }
        // Only once committed: the anchor never vouches for a record the log does not hold.
        try seal.appendToAnchor([AuditHead(record)])
        return record
    }
}

// MARK: - The web app's records

extension MatchDatabase {
    /// A read for the facet files of the web app's records (`MatchDatabase+Accounts.swift`,
    /// `+Invitations`), whose public methods are the intent-named reads.
    func readWebRecords<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }

    /// One transaction for the facet files of the web app's records, whose public methods are the
    /// intent-named transactions.
    func writeWebRecords<T>(_ body: (Database) throws -> T) throws -> T {
        try requireWritable()
        return try writer.write(body)
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
