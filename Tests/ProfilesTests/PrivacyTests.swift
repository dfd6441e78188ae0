import Foundation
import Testing
@testable import Profiles
import TestSupport

@Suite("Privacy: pseudonyms, forgetting, the audit chain")
struct PrivacyTests {
    @Test func pseudonymsAreStablePerEnterpriseAndUnlinkableAcrossThem() throws {
        let database = try Fixtures.database()
        let pseudonyms = try database.pseudonyms()
        let a = pseudonyms.pseudonym(for: "st-1", scope: "tengri-tyres")
        #expect(a == (try database.pseudonyms()).pseudonym(for: "st-1", scope: "tengri-tyres"))  // the key is kept
        #expect(a != pseudonyms.pseudonym(for: "st-1", scope: "donskoy-gok"))
        #expect(a != pseudonyms.pseudonym(for: "st-2", scope: "tengri-tyres"))
        #expect(!a.contains("st-1") && a.hasPrefix("c-") && a.count == 18)
        // Another database has another key: the same pair gets another pseudonym.
        #expect(a != (try Fixtures.database().pseudonyms()).pseudonym(for: "st-1", scope: "tengri-tyres"))
    }

    @Test func forgetRemovesTheStudentAndEverythingAboutThem() throws {
        let database = try Fixtures.database(students: 20)
        let student = try #require(try database.students().first { !$0.skills.isEmpty })
        #expect(try database.forget(studentID: student.id))
        #expect(try database.student(id: student.id) == nil)
        #expect(try database.storedRowCount(aboutStudent: student.id) == 0)
        #expect(try !database.forget(studentID: student.id))
    }

    @Test func theAuditChainDetectsEditsAndRemovals() throws {
        let database = try Fixtures.database()
        for index in 0..<3 {
            try database.appendAudit(command: "report", parameters: ["run": String(index)], inputHash: try database.dataFingerprint(),
                                     modelVersion: "m", weights: ["w": 1], outputHash: Digest.sha256("output \(index)"))
        }
        #expect(try database.verifyAuditLog().isEmpty)
        try database.executeForTesting("UPDATE audit_log SET output_hash = 'x' WHERE sequence = 2", inAuditLog: true)
        #expect(try database.verifyAuditLog().map(\.sequence) == [2])
        try database.executeForTesting("DELETE FROM audit_log WHERE sequence = 2", inAuditLog: true)
        #expect(try !database.verifyAuditLog().isEmpty)
    }
}
