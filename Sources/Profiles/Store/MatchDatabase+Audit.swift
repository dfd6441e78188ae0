import Foundation
import GRDB

extension MatchDatabase {
    /// A fingerprint of everything stored: SHA-256 over every record's content hash, table by table.
    public func dataFingerprint() throws -> String {
        try writer.read { db in
            var text = ""
            for table in ["skill", "subject", "region", "specialty", "college", "enterprise", "vacancy", "student"] {
                let hashes = try String.fetchCursor(db, sql: "SELECT id || ':' || record_hash FROM \(table) ORDER BY id")
                text += table + "\n"
                while let line = try hashes.next() { text += line + "\n" }
            }
            return Digest.sha256(text)
        }
    }

    /// Appends a record to the audit log, chained to the last one.
    @discardableResult
    public func appendAudit(command: String, parameters: [String: String], inputHash: String, modelVersion: String,
                            weights: [String: Double], outputHash: String, time: Date = Date()) throws -> AuditRecord {
        try audit.write { db in
            let last = try Row.fetchOne(db, sql: "SELECT sequence, record_hash FROM audit_log ORDER BY sequence DESC LIMIT 1")
            var record = AuditRecord(
                sequence: (last?["sequence"] as Int? ?? 0) + 1, time: ISO8601DateFormatter().string(from: time), command: command,
                parameters: parameters, inputHash: inputHash, modelVersion: modelVersion, weights: weights, outputHash: outputHash,
                previousHash: last?["record_hash"] ?? String(repeating: "0", count: 64), recordHash: "")
            record.recordHash = record.expectedHash
            try db.execute(sql: """
                INSERT INTO audit_log (sequence, time, command, parameters, input_hash, model_version, weights, output_hash, previous_hash, record_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.sequence, record.time, record.command, Self.json(record.parameters), record.inputHash,
                                 record.modelVersion, Self.json(record.weights), record.outputHash, record.previousHash, record.recordHash])
            return record
        }
    }

    public func auditLog() throws -> [AuditRecord] {
        try audit.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY sequence").map { row in
                AuditRecord(
                    sequence: row["sequence"], time: row["time"], command: row["command"],
                    parameters: (try? JSONDecoder().decode([String: String].self, from: Data((row["parameters"] as String).utf8))) ?? [:],
                    inputHash: row["input_hash"], modelVersion: row["model_version"],
                    weights: (try? JSONDecoder().decode([String: Double].self, from: Data((row["weights"] as String).utf8))) ?? [:],
                    outputHash: row["output_hash"], previousHash: row["previous_hash"], recordHash: row["record_hash"])
            }
        }
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

    private static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
