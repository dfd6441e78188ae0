import Foundation
import GRDB
import Testing
import Profiles
import TestSupport

/// `log --verify` finds every way of rewriting the audit log that used to pass (issue 12 §3): records cut
/// from the end, an emptied table, a deleted `-audit` file, and an edit with the rest re-hashed.
@Suite("log --verify finds a cut, emptied, deleted or re-chained audit log", .serialized)
struct AuditLogCommandTests {
    /// A database with three recorded shortlist runs, and the head `log --head` printed after them.
    func logOfThreeRuns() throws -> (cli: CLIRunner, head: String) {
        let cli = try CLIRunner()
        #expect(try cli.run(["init", "--students", "60", "--seed", "3"]).status == 0)
        for top in 1...3 { #expect(try cli.run(["shortlist", "--vacancy", "saran-welder", "--top", String(top)]).status == 0) }
        let head = try cli.run(["log", "--head"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return (cli, head)
    }

    func editAuditFile(_ cli: CLIRunner, _ sql: String) throws {
        try DatabaseQueue(path: cli.database + "-audit").write { try $0.execute(sql: sql) }
    }

    func verify(_ cli: CLIRunner, head: String? = nil) throws -> CLIRunner.Result {
        try cli.run(["log", "--verify", "--lang", "en"] + (head.map { ["--head", $0] } ?? []))
    }

    @Test func anIntactLogVerifiesAndCarriesItsHead() throws {
        let (cli, head) = try logOfThreeRuns()
        #expect(head.wholeMatch(of: /3:[0-9a-f]{64}/) != nil, "\(head)")
        let plain = try verify(cli)
        #expect(plain.status == 0 && plain.stdout.contains("intact: 3 records."), "\(plain.stdout)\(plain.stderr)")
        let withHead = try verify(cli, head: head)
        #expect(withHead.status == 0 && withHead.stdout.contains("It still carries the head given (record 3)."), "\(withHead.stdout)")
        // A later run does not invalidate an earlier head
        try cli.run(["shortlist", "--vacancy", "saran-welder"])
        #expect(try verify(cli, head: head).status == 0)
        // The key is beside the database, owner-only
        let attributes = try FileManager.default.attributesOfItem(atPath: cli.database + "-audit.key")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    @Test func removingTheLastRecordsIsFound() throws {
        let (cli, head) = try logOfThreeRuns()
        try editAuditFile(cli, "DELETE FROM audit_log WHERE sequence > 1")
        let result = try verify(cli)
        #expect(result.status == 1)
        #expect(result.stderr.contains("records 2–3 are vouched for by the anchor file but not in the log: records were removed"), "\(result.stderr)")
        #expect(try verify(cli, head: head).stderr.contains("record 3 is vouched for by the head given but not in the log"))
    }

    @Test func emptyingTheLogIsFound() throws {
        let (cli, _) = try logOfThreeRuns()
        try editAuditFile(cli, "DELETE FROM audit_log")
        let result = try verify(cli)
        #expect(result.status == 1 && result.stderr.contains("records 1–3 are vouched for by the anchor file"), "\(result.stderr)")
    }

    @Test func deletingTheAuditFileIsFoundAndStaysFoundAfterNewRuns() throws {
        let (cli, head) = try logOfThreeRuns()
        try FileManager.default.removeItem(atPath: cli.database + "-audit")
        let result = try verify(cli)
        #expect(result.status == 1 && result.stderr.contains("records 1–3 are vouched for by the anchor file"), "\(result.stderr)")
        // A new run starts a new chain, which the anchor still gives away
        try cli.run(["shortlist", "--vacancy", "saran-welder"])
        let after = try verify(cli, head: head)
        #expect(after.status == 1 && after.stderr.contains("record 1: its hash differs from the one the anchor file holds"), "\(after.stderr)")
        #expect(after.stderr.contains("record 3 is vouched for by the head given but not in the log"), "\(after.stderr)")
        // and so does deleting the anchor as well, while the key remains
        try FileManager.default.removeItem(atPath: cli.database + "-audit.anchor")
        #expect(try verify(cli).stderr.contains("anchor file \(cli.database)-audit.anchor is missing"))
    }

    @Test func anEditWithTheRestReHashedIsFound() throws {
        // Given a log whose record 2 is edited and every hash recomputed as the old, unkeyed chain did
        let (cli, head) = try logOfThreeRuns()
        var records = try MatchDatabase(path: cli.database).auditLog()
        records[1].parameters["top"] = "999"
        var previous = String(repeating: "0", count: 64)
        for index in records.indices {
            records[index].previousHash = previous
            records[index].recordHash = Self.unkeyedHash(records[index])
            previous = records[index].recordHash
        }
        try DatabaseQueue(path: cli.database + "-audit").write { db in
            for record in records {
                try db.execute(sql: "UPDATE audit_log SET parameters = ?, previous_hash = ?, record_hash = ? WHERE sequence = ?",
                               arguments: [Self.json(record.parameters), record.previousHash, record.recordHash, record.sequence])
            }
        }
        // Then the keyed hashes give it away, record by record, and so do the anchor and the head
        let result = try verify(cli, head: head)
        #expect(result.status == 1)
        for sequence in 1...3 {
            #expect(result.stderr.contains("record \(sequence): its content does not match its keyed hash: it was edited"), "\(result.stderr)")
            #expect(result.stderr.contains("record \(sequence): its hash differs from the one the anchor file holds"))
        }
        #expect(result.stderr.contains("record 3: its hash differs from the one the head given holds"))
        // and in Russian too
        let russian = try cli.run(["log", "--verify", "--lang", "ru"])
        #expect(russian.stderr.contains("запись 2: содержимое не совпадает с ключевым хэшем"), "\(russian.stderr)")
    }

    @Test func aHeadMustBeOneAndComeWithVerify() throws {
        let cli = try CLIRunner()
        let bad = try cli.run(["log", "--verify", "--head", "3:abc", "--lang", "en"])
        #expect(bad.status == 64 && bad.stderr.contains("'3:abc' is not a head"), "\(bad.stderr)")
        let alone = try cli.run(["log", "3:" + String(repeating: "a", count: 64), "--lang", "en"])
        #expect(alone.status == 64 && alone.stderr.contains("only with --verify --head"), "\(alone.stderr)")
    }

    /// SHA-256 of the record's fields as the unkeyed chain hashed them.
    static func unkeyedHash(_ record: AuditRecord) -> String {
        let fields = [String(record.sequence), record.time, record.command,
                      record.parameters.keys.sorted().map { "\($0)=\(record.parameters[$0]!)" }.joined(separator: "\u{1F}"),
                      record.inputHash, record.modelVersion,
                      record.weights.keys.sorted().map { "\($0)=\(record.weights[$0]!)" }.joined(separator: "\u{1F}"),
                      record.outputHash, record.previousHash]
        return Digest.sha256(fields.joined(separator: "\u{1E}"))
    }

    static func json(_ parameters: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(parameters)) ?? Data(), as: UTF8.self)
    }
}
