import Crypto
import Foundation
import Testing
import Profiles
@testable import Guidance
import TestSupport

/// After `forget`, nothing the audit log keeps leads back to the student (issue 12 §4: the log used to
/// keep an HMAC of the id under a key stored in the same database, and a million candidate ids found it).
@Suite("forget leaves nothing in the audit log that leads back to the student")
struct ForgetLeavesNothingTests {
    static let candidates = 1_000_000

    @Test func aMillionCandidateIdsFindNothingInTheLogAfterForget() throws {
        // Given runs recorded for several students, two of them for the one who will be forgotten
        let store = try Fixtures.database(students: 40)
        let engine = MatchEngine(store: store)
        let students = try store.students()
        let forgotten = students[7].id
        for id in [forgotten, students[3].id, forgotten, students[20].id] {
            try engine.recordRun(command: "recommend", parameters: ["top": "5"], studentIDs: ["student": id], output: Data(id.utf8))
        }
        let token = try #require(try store.auditTokens(ofStudents: [forgotten])[forgotten])
        #expect(try store.auditLog().filter { $0.parameters["student"] == token }.count == 2)
        // When the student is forgotten
        #expect(try engine.forget(studentID: forgotten))
        // Then the token the log keeps is linked to nobody any more
        #expect(try store.auditTokens(ofStudents: students.map(\.id)).values.contains(token) == false)
        // and no candidate id, the real one among them, is in the log or gives a value in it by the old
        // recipe (an HMAC under the key the database holds) — the log keeps no function of the id
        let kept = Set(try store.auditLog().flatMap { record in
            Array(record.parameters.values) + [record.inputHash, record.outputHash, record.recordHash, record.previousHash, record.command]
        })
        let prefix = String(forgotten.dropLast(7))
        #expect(forgotten.hasPrefix(prefix) && Int(forgotten.suffix(7))! < Self.candidates)
        let key = try #require(try store.meta("pseudonym_key"))
        #expect(OldAuditRecipe(key: key).pseudonym(forgotten) == (try store.pseudonyms()).pseudonym(for: forgotten, scope: "audit"))
        let keptPrefixes = Set(kept.compactMap(OldAuditRecipe.prefix))
        let workers = 2
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let attack = OldAuditRecipe(key: key)
            for number in stride(from: worker, to: Self.candidates, by: workers) {
                let digits = String(number)
                let candidate = prefix + String(repeating: "0", count: 7 - digits.count) + digits
                if kept.contains(candidate) || keptPrefixes.contains(attack.prefix(candidate)) { found.add(candidate) }
            }
        }
        #expect(found.all.isEmpty, "candidate ids found in the log: \(found.all)")
        #expect(try store.auditLog().allSatisfy { !Self.text(of: $0).contains(forgotten) })
    }

    static func text(of record: AuditRecord) -> String {
        String(decoding: (try? JSONEncoder().encode(record)) ?? Data(), as: UTF8.self)
    }

    /// What the log kept for a student before: `c-` and the first 64 bits of HMAC-SHA256 under the
    /// database's pseudonym key of `audit`, a zero byte and the id — tried here as an attacker would,
    /// with the keyed state made once and the 64 bits compared as a number.
    /// One per worker: the keyed state is not shared between threads.
    struct OldAuditRecipe {
        let keyed: HMAC<SHA256>

        /// - Parameter key: the database's pseudonym key as hex (`meta.pseudonym_key`).
        init(key hex: String) {
            let bytes = stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
            var keyed = HMAC<SHA256>(key: SymmetricKey(data: bytes))
            keyed.update(data: Data("audit\u{0}".utf8))
            self.keyed = keyed
        }

        func prefix(_ id: String) -> UInt64 {
            var mac = keyed
            mac.update(data: Data(id.utf8))
            return mac.finalize().withUnsafeBytes { $0.prefix(8).reduce(0) { $0 << 8 | UInt64($1) } }
        }

        func pseudonym(_ id: String) -> String { "c-" + String(format: "%016llx", prefix(id)) }

        /// The 64 bits of a kept value that looks like an old pseudonym.
        static func prefix(_ value: String) -> UInt64? {
            value.hasPrefix("c-") && value.count == 18 ? UInt64(value.dropFirst(2), radix: 16) : nil
        }
    }

    /// Candidates that matched, from several workers.
    final class Found: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [String] = []
        func add(_ candidate: String) { lock.withLock { found.append(candidate) } }
        var all: [String] { lock.withLock { found } }
    }
}
