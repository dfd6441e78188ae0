import Crypto
import Foundation
import GRDB

extension MatchDatabase {
    /// The profile tables in fingerprint order.
    private static let fingerprintedTables: [any ProfileRow.Type] = [
        SkillRow.self, SubjectRow.self, RegionRow.self, SpecialtyRow.self, CollegeRow.self, EnterpriseRow.self,
        SchoolRow.self, VacancyRow.self, StudentRow.self,
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

    /// Appends a record to the audit log (the audit file's `db`), chained to the last one and hashed
    /// with `key` (the caller reads or makes it, see `auditKey(_:)`).
    static func appendAudit(command: String, parameters: [String: String], inputHash: String, modelVersion: String,
                            weights: [String: Double], outputHash: String, time: Date, key: SymmetricKey,
                            _ db: Database) throws -> AuditRecord {
        let last = try AuditLogRow.order(AuditLogRow.Columns.sequence.desc).fetchOne(db)
        var record = AuditRecord(
            sequence: (last?.sequence ?? 0) + 1, time: time.formatted(.iso8601), command: command,  // a format style: no formatter built per record
            parameters: parameters, inputHash: inputHash, modelVersion: modelVersion, weights: weights, outputHash: outputHash,
            previousHash: last?.recordHash ?? AuditRecord.noPreviousHash, recordHash: "")
        record.recordHash = record.expectedHash(key: key)
        try AuditLogRow(record).insert(db)
        return record
    }

    /// The key to append to the audit file's `db` with: the seal's, or a new one for an empty log.
    /// - Throws: `StoreError.auditKeyMissing` when the log has records and the key is gone: a new key
    ///   would make every earlier record look edited, so nothing is appended until the key is restored.
    static func auditKey(_ seal: AuditSeal, _ db: Database) throws -> SymmetricKey {
        if let key = try seal.key() { return key }
        guard try AuditLogRow.fetchCount(db) == 0 else { throw StoreError.auditKeyMissing(path: seal.keyPath) }
        return try seal.makeKey()
    }

    /// Checks the log against its key, its anchor and, when given, a head kept elsewhere: every record's
    /// keyed hash matches its content and names the previous record's hash, and every record the anchor
    /// or the head vouches for is still there with the same hash.
    /// - Throws: only what is not a finding (a key or anchor that cannot be read is one).
    static func verify(_ records: [AuditRecord], seal: AuditSeal, head: AuditHead?) throws -> [(sequence: Int, reason: AuditLogBreak)] {
        var failures: [(Int, AuditLogBreak)] = []
        var key: SymmetricKey?
        do {
            key = try seal.key()
            if key == nil && !records.isEmpty { failures.append((0, .keyMissing(path: seal.keyPath))) }
        } catch let error as StoreError { failures.append((0, .unreadable(error))) }

        var previous = AuditRecord.noPreviousHash
        for (position, record) in records.enumerated() {
            if record.sequence != position + 1 { failures.append((record.sequence, .missingRecord(expected: position + 1))) }
            if record.previousHash != previous { failures.append((record.sequence, .brokenChain)) }
            if let key, record.recordHash != record.expectedHash(key: key) { failures.append((record.sequence, .edited)) }
            previous = record.recordHash
        }

        var witnessed: [(AuditHead, AuditWitness)] = []
        do {
            if let anchor = try seal.anchor() {
                witnessed += Set(anchor).sorted { ($0.sequence, $0.hash) < ($1.sequence, $1.hash) }.map { ($0, AuditWitness.anchor) }
            } else if !records.isEmpty || seal.hasKey() {
                failures.append((0, .anchorMissing(path: seal.anchorPath)))
            }
        } catch let error as StoreError { failures.append((0, .unreadable(error))) }
        if let head, head.sequence > 0 { witnessed.append((head, .head)) }

        let hashes = Dictionary(records.map { ($0.sequence, $0.recordHash) }, uniquingKeysWith: { first, _ in first })
        for witness in [AuditWitness.anchor, .head] {
            let heads = witnessed.filter { $0.1 == witness }.map(\.0)
            let absent = heads.map(\.sequence).filter { hashes[$0] == nil }
            if let first = absent.min(), let last = absent.max() { failures.append((first, .removed(first: first, last: last, witness: witness))) }
            for head in heads where hashes[head.sequence].map({ $0 != head.hash }) == true {
                failures.append((head.sequence, .rewritten(witness: witness)))
            }
        }
        return failures
    }
}
