import Foundation
import GRDB
import Testing
import Profiles
import TestSupport

/// `forget` leaves no copy in the files even while another program has the database open; a database
/// from a newer version is not written to; no `--year` shows an employer a minor without consent
/// (issue 12 §4 and §5).
@Suite("forget forgets, newer schemas are left alone, consent cannot be dated away", .serialized)
struct PrivacyCommandTests {
    /// The files of the database: the database, its WAL and shared memory, the audit log, key and anchor.
    func databaseFiles(_ cli: CLIRunner) throws -> [String: Data] {
        let name = URL(fileURLWithPath: cli.database).lastPathComponent
        var files: [String: Data] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: cli.folder.path) where file.hasPrefix(name) {
            files[file] = try Data(contentsOf: cli.folder.appendingPathComponent(file))
        }
        return files
    }

    @Test func afterForgetNoFileHoldsTheIdEvenWithAnotherConnectionOpen() throws {
        // Given a database whose student has had a recorded recommendation
        let cli = try CLIRunner()
        #expect(try cli.run(["init", "--students", "300", "--seed", "8"]).status == 0)
        let students = try MatchDatabase(path: cli.database).students()
        let id = try #require(students.dropFirst(137).first { !$0.skills.isEmpty }?.id)
        #expect(try cli.run(["recommend", "--student", id]).status == 0)
        // and another program holding the database open (so closing the last connection does not clean up)
        let other = try DatabaseQueue(path: cli.database)
        #expect(try other.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM student") } == 300)
        // When the student is forgotten
        let forgotten = try cli.run(["forget", "--student", id, "--lang", "en"])
        #expect(forgotten.status == 0, "\(forgotten.stderr)")
        // Then no byte of any of the database's files spells the id, and the WAL is empty
        let files = try databaseFiles(cli)
        #expect(files.keys.contains { $0.hasSuffix("-wal") }, "the other connection keeps the WAL file")
        for (file, bytes) in files {
            #expect(bytes.range(of: Data(id.utf8)) == nil, "\(file) still holds \(id)")
        }
        #expect(files.first { $0.key.hasSuffix("-wal") }?.value.isEmpty == true)
        #expect(try other.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM student") } == 299)
        withExtendedLifetime(other) {}
    }

    @Test func aDatabaseFromANewerVersionIsNotWrittenTo() throws {
        // Given a database that a newer version migrated
        let cli = try CLIRunner()
        #expect(try cli.run(["init", "--students", "20", "--seed", "2"]).status == 0)
        let id = try #require(try MatchDatabase(path: cli.database).students().first?.id)
        try DatabaseQueue(path: cli.database).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99: from a newer version')") }
        let before = try CommandLineTests.dump(cli.database)
        // When forget, import and a recorded job run on it
        let forget = try cli.run(["forget", "--student", id, "--lang", "ru"])
        let shortlist = try cli.run(["shortlist", "--vacancy", "saran-welder", "--lang", "en"])
        // Then each is refused in the user's language, before any output, and nothing changes
        #expect(forget.status == 1 && forget.stderr.contains("записана более новой версией match-cli") && forget.stderr.contains("v99: from a newer version"),
                "\(forget.stderr)")
        #expect(shortlist.status == 1 && shortlist.stdout.isEmpty && shortlist.stderr.contains("was written by a newer version of match-cli"),
                "\(shortlist.stderr)")
        #expect(try CommandLineTests.dump(cli.database) == before)
        #expect(try MatchDatabase(path: cli.database).auditLog().isEmpty)
        // while reading still works
        #expect(try cli.run(["stats"]).status == 0)
    }

    @Test func noYearShowsAnEmployerAMinorWithoutConsent() throws {
        // Given a cohort with minors who have no guardian's consent
        let cli = try CLIRunner()
        #expect(try cli.run(["init", "--students", "600", "--seed", "21"]).status == 0)
        let store = try MatchDatabase(path: cli.database)
        let thisYear = Calendar.currentYear
        let hidden = try store.students().filter { $0.mayBeMinor(in: thisYear) && $0.guardianConsent != true }
        #expect(!hidden.isEmpty)
        // When --year is far in the future, it is refused with the range that is allowed
        let far = try cli.run(["assign", "--year", "2040", "--lang", "en"])
        #expect(far.status == 64 && far.stderr.contains("--year 2040 is out of range: give a year from \(thisYear - 1) to \(thisYear + 1)."),
                "\(far.stderr)")
        // and next year, allowed, shortlists and places none of them
        let pseudonyms = try store.pseudonyms()
        let enterprises = try store.catalogue().enterprises.map(\.id)
        let forbidden = hidden.flatMap { student in enterprises.map { pseudonyms.pseudonym(for: student.id, scope: $0) } }
        #expect(try cli.run(["assign", "--year", String(thisYear + 1), "--out", "placements.csv"]).status == 0)
        let placements = try String(contentsOf: cli.folder.appendingPathComponent("placements.csv"), encoding: .utf8)
        let shortlists = try cli.run(["shortlist", "--enterprise", "saran-tyres", "--year", String(thisYear + 1), "--top", "10000", "--format", "csv"])
        #expect(shortlists.status == 0, "\(shortlists.stderr)")
        for pseudonym in forbidden {
            #expect(!placements.contains(pseudonym) && !shortlists.stdout.contains(pseudonym))
        }
    }
}
