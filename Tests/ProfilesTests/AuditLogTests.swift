import Foundation
import GRDB
import Testing
@testable import Profiles
import TestSupport

/// The audit log's keyed chain, its anchor and head, and the migration of an unkeyed log (issue 12 §3, §4).
@Suite("Audit log: keyed chain, anchor file, head kept elsewhere, migration of an unkeyed log")
struct AuditLogTests {
    /// An empty file database in a new folder, and its path.
    func fileDatabase() throws -> (MatchDatabase, String) {
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("audit.sqlite").path
        return (try MatchDatabase(path: path), path)
    }

    func append(_ database: MatchDatabase, runs: Range<Int>) throws {
        for run in runs {
            try database.appendAudit(command: "shortlist", parameters: ["run": String(run)], inputHash: "input", modelVersion: "m",
                                     weights: ["w": 0.5], outputHash: Digest.sha256("output \(run)"))
        }
    }

    func anchorLines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path + "-audit.anchor", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test func theKeyLivesOutsideTheDatabaseOwnerOnlyAndEveryRecordIsAnchored() throws {
        // Given a file database with three recorded runs
        let (database, path) = try fileDatabase()
        #expect(!FileManager.default.fileExists(atPath: path + "-audit.key"), "no key before the first record")
        try append(database, runs: 0..<3)
        // Then the key is a file of its own, readable by its owner only, and in neither database file
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "-audit.key")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let key = try String(contentsOfFile: path + "-audit.key", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(key.count == 64)
        try database.checkpoint()
        for file in [path, path + "-audit"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)).range(of: Data(key.utf8)) == nil)
        }
        // and every record's head is in the anchor, the last one being the log's head
        let log = try database.auditLog()
        #expect(try anchorLines(path) == log.map { "\($0.sequence):\($0.recordHash)" })
        #expect(try database.auditHead() == AuditHead(sequence: 3, hash: log[2].recordHash))
        #expect(try database.verifyAuditLog().isEmpty)
        #expect(try database.verifyAuditLog(head: database.auditHead()).isEmpty)
    }

    @Test func aRewriteWithTheKeyAndTheAnchorIsCaughtByAHeadKeptElsewhere() throws {
        // Given three records and their head, kept elsewhere
        let (database, path) = try fileDatabase()
        try append(database, runs: 0..<3)
        let head = try database.auditHead()
        // When someone who can read the key edits record 2, re-hashes the rest and rewrites the anchor
        let key = try #require(try AuditSeal.beside(path).key())
        var records = try database.auditLog()
        records[1].parameters["run"] = "edited"
        for index in 1..<records.count {
            records[index].previousHash = records[index - 1].recordHash
            records[index].recordHash = records[index].expectedHash(key: key)
        }
        try DatabaseQueue(path: path + "-audit").write { db in
            for record in records[1...] { try AuditLogRow(record).update(db) }
        }
        try Data(records.map { "\($0.sequence):\($0.recordHash)\n" }.joined().utf8).write(to: URL(fileURLWithPath: path + "-audit.anchor"))
        // Then the key and the anchor alone cannot tell (the limit Docs/Privacy.md states),
        #expect(try database.verifyAuditLog().isEmpty)
        // but the head kept elsewhere does
        let failures = try database.verifyAuditLog(head: head)
        #expect(failures.map(\.sequence) == [3] && failures.map(\.reason) == [.rewritten(witness: .head)], "\(failures)")
    }

    @Test func aMissingKeyStopsTheLogAndIsReported() throws {
        // Given two records, whose key is then deleted
        let (database, path) = try fileDatabase()
        try append(database, runs: 0..<2)
        try FileManager.default.removeItem(atPath: path + "-audit.key")
        // Then nothing more is appended (a new key would make the old records look edited)
        #expect(throws: StoreError.auditKeyMissing(path: path + "-audit.key")) { try append(database, runs: 2..<3) }
        #expect(try database.auditLog().count == 2)
        // and the check says why it cannot vouch for the log
        #expect(try database.verifyAuditLog().map(\.reason) == [.keyMissing(path: path + "-audit.key")])
    }

    @Test func anUnkeyedLogIsResealedOnceAndItsStudentPseudonymsUnlinked() throws {
        // Given a database with students, whose audit log is in the old form: an unkeyed SHA-256 chain,
        // one record naming a stored student and one a student since removed, each by the pseudonym
        // anyone holding the database could recompute from an id
        let (built, path) = try fileDatabase()
        try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 20, seed: 4, referenceYear: Fixtures.referenceYear).build(into: built)
        let student = try #require(try built.students().first)
        let pseudonyms = try built.pseudonyms()
        let stored = pseudonyms.pseudonym(for: student.id, scope: MatchDatabase.legacyAuditScope)
        let removed = pseudonyms.pseudonym(for: "st-removed-0000001", scope: MatchDatabase.legacyAuditScope)
        try built.checkpoint()
        for suffix in ["-audit", "-audit.key", "-audit.anchor"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP TRIGGER student_audit_token_on_insert; DROP TABLE student_audit_token;
                DELETE FROM grdb_migrations WHERE identifier = 'v5: student audit tokens'
                """)
        }
        try DatabaseQueue(path: path + "-audit").write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1: audit log');
                CREATE TABLE audit_log (sequence INTEGER PRIMARY KEY, time TEXT NOT NULL, command TEXT NOT NULL,
                    parameters TEXT NOT NULL, input_hash TEXT NOT NULL, model_version TEXT NOT NULL, weights TEXT NOT NULL,
                    output_hash TEXT NOT NULL, previous_hash TEXT NOT NULL, record_hash TEXT NOT NULL UNIQUE)
                """)
            var previous = AuditRecord.noPreviousHash
            for (sequence, parameters) in [(1, ["student": stored]), (2, ["top": "5"]), (3, ["student": removed])] {
                var record = AuditRecord(sequence: sequence, time: "2026-11-01T10:00:00Z", command: "recommend", parameters: parameters,
                                         inputHash: "input", modelVersion: "m", weights: ["w": 0.5], outputHash: "output",
                                         previousHash: previous, recordHash: "")
                record.recordHash = record.legacyHash
                previous = record.recordHash
                try AuditLogRow(record).insert(db)
            }
        }
        // When it is opened by this version
        let database = try MatchDatabase(path: path)
        // Then the three records are re-hashed under a new key, a fourth says so, and the log verifies
        let log = try database.auditLog()
        #expect(log.map(\.command) == ["recommend", "recommend", "recommend", "audit-log"])
        #expect(log[3].parameters == ["migration": "v2: keyed chain", "resealed": "3", "legacy_chain": "intact", "students_unlinked": "2"])
        #expect(try database.verifyAuditLog().isEmpty)
        #expect(try anchorLines(path).count == 4)
        // and no old pseudonym is left: the stored student's is their random token, the removed one's a
        // random value that matches nothing
        let token = try #require(try database.auditTokens(ofStudents: [student.id])[student.id])
        #expect(log[0].parameters["student"] == token)
        #expect(log[2].parameters["student"]?.hasPrefix("a-") == true && log[2].parameters["student"] != token)
        #expect(!log.contains { $0.parameters.values.contains(stored) || $0.parameters.values.contains(removed) })
        // and opening it again changes nothing
        #expect(try MatchDatabase(path: path).auditLog() == log)
    }

    @Test func aSchemaFromANewerVersionIsNeverWrittenTo() throws {
        // Given a database with students that a newer version has migrated further
        let (built, path) = try fileDatabase()
        try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 10, seed: 2, referenceYear: Fixtures.referenceYear).build(into: built)
        let student = try #require(try built.students().first)
        try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from a newer version')") }
        // When this version opens it
        let database = try MatchDatabase(path: path)
        let refusal = StoreError.newerSchema(path: path, migrations: ["v99: from a newer version"])
        // Then it reads, but every write is refused with the unknown migration named
        #expect(try database.students().count == 10)
        #expect(throws: refusal) { try database.forget(studentID: student.id) }
        #expect(throws: refusal) { try database.setMeta("x", "y") }
        #expect(throws: refusal) { try database.storeGenerated([student]) }
        #expect(throws: refusal) { try append(database, runs: 0..<1) }
        #expect(throws: refusal) { try database.requireWritable() }
        #expect(try database.student(id: student.id) != nil && database.auditLog().isEmpty)
        // and the same for an audit file migrated by a newer version
        let (other, otherPath) = try fileDatabase()
        try append(other, runs: 0..<1)
        try DatabaseQueue(path: otherPath + "-audit").write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9: newer audit')") }
        #expect(throws: StoreError.newerSchema(path: otherPath + "-audit", migrations: ["v9: newer audit"])) {
            try append(try MatchDatabase(path: otherPath), runs: 1..<2)
        }
    }
}
