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
        let pseudonyms = try store.pseudonyms()
        let workers = 2
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for number in stride(from: worker, to: Self.candidates, by: workers) {
                let digits = String(number)
                let candidate = prefix + String(repeating: "0", count: 7 - digits.count) + digits
                if kept.contains(candidate) || kept.contains(pseudonyms.pseudonym(for: candidate, scope: "audit")) { found.add(candidate) }
            }
        }
        #expect(found.all.isEmpty, "candidate ids found in the log: \(found.all)")
        #expect(try store.auditLog().allSatisfy { !Self.text(of: $0).contains(forgotten) })
    }

    static func text(of record: AuditRecord) -> String {
        String(decoding: (try? JSONEncoder().encode(record)) ?? Data(), as: UTF8.self)
    }

    /// Candidates that matched, from several workers.
    final class Found: @unchecked Sendable {
        private let lock = NSLock()
        private var found: [String] = []
        func add(_ candidate: String) { lock.withLock { found.append(candidate) } }
        var all: [String] { lock.withLock { found } }
    }
}
