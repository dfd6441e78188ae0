import Foundation
import GRDB

extension MatchDatabase {
    /// The profile tables in fingerprint order.
    private static let fingerprintedTables: [any ProfileRow.Type] = [
        SkillRow.self, SubjectRow.self, RegionRow.self, SpecialtyRow.self, CollegeRow.self, EnterpriseRow.self,
        VacancyRow.self, StudentRow.self,
    ]

    /// SHA-256 over `<table>` and then `<id>:<record hash>` lines, in id order, table by table.
    static func dataFingerprint(_ db: Database) throws -> String {
        var text = ""
        func append<Record: ProfileRow>(_ table: Record.Type) throws {
            text += Record.databaseTableName + "\n"
            let rows = try Row.fetchCursor(db, Record.select(ProfileColumns.id, ProfileColumns.recordHash).order(ProfileColumns.id))
            while let row = try rows.next() {
                text += (row[ProfileColumns.id] as String) + ":" + (row[ProfileColumns.recordHash] as String) + "\n"
            }
        }
        for table in fingerprintedTables { try append(table) }
        return Digest.sha256(text)
    }

    /// Appends a record to the audit log (the audit file's `db`), chained to the last one.
    static func appendAudit(command: String, parameters: [String: String], inputHash: String, modelVersion: String,
                            weights: [String: Double], outputHash: String, time: Date, _ db: Database) throws -> AuditRecord {
        let last = try AuditLogRow.order(AuditLogRow.Columns.sequence.desc).fetchOne(db)
        var record = AuditRecord(
            sequence: (last?.sequence ?? 0) + 1, time: ISO8601DateFormatter().string(from: time), command: command,
            parameters: parameters, inputHash: inputHash, modelVersion: modelVersion, weights: weights, outputHash: outputHash,
            previousHash: last?.recordHash ?? String(repeating: "0", count: 64), recordHash: "")
        record.recordHash = record.expectedHash
        try AuditLogRow(record).insert(db)
        return record
    }

    /// Why a record breaks the audit log's chain; `description` is the English text.
    public enum AuditLogBreak: Sendable, Hashable, CustomStringConvertible {
        /// The record numbered `expected` should be here: one is missing.
        case missingRecord(expected: Int)
        /// The record does not name the previous record's hash.
        case brokenChain
        /// The record's content does not match its hash.
        case edited

        public var description: String {
            switch self {
            case .missingRecord(let expected): "expected record \(expected) here: a record is missing"
            case .brokenChain: "does not follow the previous record's hash"
            case .edited: "its content does not match its hash: it was edited"
            }
        }
    }

    /// Checks the chain: every record's hash matches its content and names the previous record's hash.
    /// - Returns: the sequence numbers of records that fail, with why; empty when the log is intact.
    public func verifyAuditLog() throws -> [(sequence: Int, reason: AuditLogBreak)] {
        var failures: [(Int, AuditLogBreak)] = []
        var previous = String(repeating: "0", count: 64)
        for (position, record) in try auditLog().enumerated() {
            if record.sequence != position + 1 { failures.append((record.sequence, .missingRecord(expected: position + 1))) }
            if record.previousHash != previous { failures.append((record.sequence, .brokenChain)) }
            if record.recordHash != record.expectedHash { failures.append((record.sequence, .edited)) }
            previous = record.recordHash
        }
        return failures
    }
}
