import Crypto
import Foundation
import GRDB

extension MatchDatabase {
    /// The audit log's own schema (it lives in a separate file, see `MatchDatabase.audit`). Named,
    /// append-only migrations, as for the main database.
    /// - Parameters:
    ///   - seal: the key (and anchor) the re-sealed records are hashed with.
    ///   - legacyStudentTokens: the audit tokens of the stored students by their old audit pseudonym
    ///     (`legacyAuditPseudonyms`), read from the main database only when an old record names a student.
    static func auditMigrator(seal: AuditSeal, legacyStudentTokens: @escaping @Sendable () throws -> [String: String]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: audit log") { db in
            try db.create(table: "audit_log") { t in
                t.primaryKey("sequence", .integer)
                t.column("time", .text).notNull()
                t.column("command", .text).notNull()
                t.column("parameters", .text).notNull()
                t.column("input_hash", .text).notNull()
                t.column("model_version", .text).notNull()
                t.column("weights", .text).notNull()
                t.column("output_hash", .text).notNull()
                t.column("previous_hash", .text).notNull()
                t.column("record_hash", .text).notNull().unique()
            }
        }
        migrator.registerMigration(Self.keyedChainMigration) { db in
            try resealLegacyLog(db, seal: seal, legacyStudentTokens: legacyStudentTokens)
        }
        return migrator
    }

    /// The audit migration that keys the chain; the anchor is written once it has committed.
    static let keyedChainMigration = "v2: keyed chain"

    /// The scope under which the audit log kept students before audit migration v2: an HMAC of the id
    /// under the database's own pseudonym key, which anyone holding the database could recompute.
    static let legacyAuditScope = "audit"

    /// Re-hashes every record of a log made before the chain was keyed with a new key, replaces each
    /// student's old audit pseudonym by the student's random audit token (or, for a student no longer
    /// stored, by a random value that matches nothing), and appends a record of what was done, with
    /// whether the old, unkeyed chain was intact.
    private static func resealLegacyLog(_ db: Database, seal: AuditSeal,
                                        legacyStudentTokens: () throws -> [String: String]) throws {
        let records = try AuditLogRow.order(AuditLogRow.Columns.sequence).fetchAll(db).map(\.auditRecord)
        guard !records.isEmpty else { return }
        let key = try seal.key() ?? seal.makeKey()
        var previous = AuditRecord.noPreviousHash
        var legacyBreaks: [Int] = []
        for (position, record) in records.enumerated() {
            if record.sequence != position + 1 || record.previousHash != previous || record.recordHash != record.legacyHash {
                legacyBreaks.append(record.sequence)
            }
            previous = record.recordHash
        }
        let named = records.contains { $0.parameters["student"] != nil }
        let tokens = named ? try legacyStudentTokens() : [:]
        var replaced: [String: String] = [:]
        previous = AuditRecord.noPreviousHash
        for var record in records {
            if let old = record.parameters["student"] {
                if replaced[old] == nil { replaced[old] = tokens[old] ?? AuditToken.random() }
                record.parameters["student"] = replaced[old]
            }
            record.previousHash = previous
            record.recordHash = record.expectedHash(key: key)
            previous = record.recordHash
            try AuditLogRow(record).update(db)
        }
        let legacyChain = legacyBreaks.isEmpty ? "intact" : "broken at " + legacyBreaks.prefix(20).map(String.init).joined(separator: ",")
        _ = try appendAudit(command: "audit-log", parameters: ["migration": keyedChainMigration, "resealed": String(records.count),
                                                               "legacy_chain": legacyChain, "students_unlinked": String(replaced.count)],
                            inputHash: "", modelVersion: "", weights: [:], outputHash: "", time: Date(), key: key, db)
    }

    /// The main database's migration that gives each student a random audit token: what the audit log
    /// records instead of the id. `forget` deletes the token with the student (ON DELETE CASCADE), after
    /// which the log's copy names nobody and cannot be recomputed from any id.
    static func registerAuditTokenMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v5: student audit tokens") { db in
            try db.create(table: "student_audit_token") { t in
                t.primaryKey("student_id", .text).references("student", onDelete: .cascade)
                t.column("token", .text).notNull().unique()
            }
            try db.execute(sql: """
                INSERT INTO student_audit_token (student_id, token) SELECT id, \(AuditToken.sqlExpression) FROM student;
                CREATE TRIGGER student_audit_token_on_insert AFTER INSERT ON student BEGIN
                    INSERT OR REPLACE INTO student_audit_token (student_id, token) VALUES (NEW.id, \(AuditToken.sqlExpression));
                END;
                """)
        }
    }

    /// The stored students' audit tokens by the pseudonym the audit log used for them before migration v2.
    static func legacyAuditPseudonyms(_ db: Database) throws -> [String: String] {
        guard let key = try MetaRow.fetchOne(db, key: "pseudonym_key").flatMap({ Data(hex: $0.value) }) else { return [:] }
        let pseudonyms = Pseudonyms(key: key)
        var tokens: [String: String] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT student_id, token FROM student_audit_token")
        while let row = try rows.next() {
            tokens[pseudonyms.pseudonym(for: row[0], scope: legacyAuditScope)] = row[1]
        }
        return tokens
    }
}

/// A student's audit token: `a-` and 128 random bits as hex, unrelated to the id.
enum AuditToken {
    static let sqlExpression = "'a-' || lower(hex(randomblob(16)))"

    static func random() -> String {
        "a-" + SymmetricKey(size: .bits128).withUnsafeBytes { $0.map { String(format: "%02x", $0) }.joined() }
    }
}
