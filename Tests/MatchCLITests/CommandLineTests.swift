import Foundation
import ScoringCore
import Allocation
import GRDB
import Testing
import Profiles
import TestSupport

/// The README's commands, run as a person would run them (against the fixture catalogue).
@Suite("match-cli end to end", .serialized)
struct CommandLineTests {
    /// Every table's rows, for comparing a database before and after a failed command. Students' audit
    /// tokens are random, so only whose token exists is compared, not its value.
    static func dump(_ path: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { table in
                let columns = table == "student_audit_token" ? "student_id" : "*"
                return table + ":" + (try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY 1").map(\.description).joined(separator: "\n"))
            }.joined(separator: "\n")
        }
    }

    @Test func theDefaultDatabaseIsBuiltOnFirstUseAndStatsShowsIt() throws {
        let cli = try CLIRunner()
        let stats = try cli.run(["stats", "--lang", "en"])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("Database: \(cli.database)"))
        #expect(stats.stdout.contains("Karaganda") && stats.stdout.contains("students"))
        #expect(FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func importReportsExactlyTheBrokenRowsAndChangesNothing() throws {
        let cli = try CLIRunner()
        let generated = try cli.run(["generate", "--students", "100", "--seed", "4", "--out", "students.csv"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let path = cli.folder.appendingPathComponent("students.csv")
        var lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Break lines 11, 41 and 78: an unknown settlement, a grade of 9x, an extra column.
        lines[10] = lines[10].replacingOccurrences(of: ",urban,", with: ",urbn,").replacingOccurrences(of: ",rural,", with: ",rurl,")
        lines[40] = lines[40].replacingOccurrences(of: "math:", with: "math:9")
        lines[77] = lines[77] + ",extra"
        try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)
        let before = try Self.dump(cli.database)
        let result = try cli.run(["import", "students.csv"])
        #expect(result.status == 1)
        let problems = result.stderr.split(separator: "\n").filter { $0.hasPrefix("students.csv:") }
        #expect(problems.count == 3, "\(result.stderr)")
        #expect(problems.map { $0.split(separator: ":")[1] } == ["11", "41", "78"])
        #expect(result.stderr.contains("nothing was imported"))
        #expect(try Self.dump(cli.database) == before)
    }

    @Test("import --skip-invalid exits 3 when rows were skipped, 0 when none were, and says so in its help")
    func skipInvalidHasItsOwnExitCode() throws {
        // Given 20 generated students, one of them in an unknown region
        let cli = try CLIRunner()
        try cli.run(["generate", "--students", "20", "--seed", "5", "--out", "students.csv"])
        let path = cli.folder.appendingPathComponent("students.csv")
        let clean = try String(contentsOf: path, encoding: .utf8)
        var lines = clean.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[5] = lines[5].replacingOccurrences(of: ",urban,", with: ",urbn,").replacingOccurrences(of: ",rural,", with: ",rurl,")
        try lines.joined(separator: "\n").write(to: cli.folder.appendingPathComponent("broken.csv"), atomically: true, encoding: .utf8)
        // When the broken file is imported with --skip-invalid
        let skipped = try cli.run(["import", "broken.csv", "--kind", "students", "--skip-invalid"])
        // Then the valid rows are stored, the bad one is reported, and the exit code is 3
        #expect(skipped.status == 3, "\(skipped.stdout)\(skipped.stderr)")
        #expect(skipped.stdout.contains("19 new") && skipped.stdout.contains("1 invalid (skipped)"), "\(skipped.stdout)")
        #expect(skipped.stderr.contains("broken.csv:6: field 'settlement'"), "\(skipped.stderr)")
        // and a clean file exits 0
        #expect(try cli.run(["import", "students.csv", "--skip-invalid"]).status == 0)
        // and without --skip-invalid the broken file writes nothing and exits 1
        #expect(try cli.run(["import", "broken.csv", "--kind", "students"]).status == 1)
        // The help tells the codes apart
        let help = try cli.run(["import", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("the exit code is 3 when any record was skipped"), "\(help)")
    }

    @Test func importingTheSameFileTwiceChangesNothingTheSecondTime() throws {
        let cli = try CLIRunner()
        try cli.run(["generate", "--students", "50", "--seed", "9", "--out", "s.csv"])
        let first = try cli.run(["import", "s.csv"])
        #expect(first.stdout.contains("50 new, 0 changed, 0 unchanged"), "\(first.stdout)\(first.stderr)")
        let second = try cli.run(["import", "s.csv"])
        #expect(second.stdout.contains("0 new, 0 changed, 50 unchanged"))
    }

    @Test func theThreeJobsRunAndAreLogged() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "600", "--seed", "3"])
        let students = try MatchDatabase(path: cli.database).students()
        // (one who would move anywhere: the fixture catalogue has colleges in three regions only)
        let schoolchild = try #require(students.first { $0.stage.isSchool && $0.relocation == .country })
        let graduate = try #require(students.first { $0.stage == .graduate })

        let recommend = try cli.run(["recommend", "--student", schoolchild.id, "--top", "3", "--format", "json"])
        #expect(recommend.status == 0, "\(recommend.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(recommend.stdout.utf8)) as? [String: Any]
        #expect((json?["recommendations"] as? [Any])?.count == 3)
        #expect(try cli.run(["recommend", "--student", graduate.id, "--lang", "kk"]).status == 0)

        let shortlist = try cli.run(["shortlist", "--vacancy", "saran-welder", "--format", "csv", "--lang", "en"])
        #expect(shortlist.status == 0 && shortlist.stdout.hasPrefix("\u{FEFF}#,Candidate,Fit,Matched skills,Gaps\r\n"))
        // Employers see pseudonyms, never the student ids.
        #expect(!students.contains { shortlist.stdout.contains($0.id) })

        let assign = try cli.run(["assign", "--method", "stable", "--out", "allocation.csv", "--lang", "en"])
        #expect(assign.status == 0 && assign.stdout.contains("blocking pairs"), "\(assign.stderr)")
        let exported = try String(contentsOf: cli.folder.appendingPathComponent("allocation.csv"), encoding: .utf8)
        #expect(!students.contains { exported.contains($0.id) })

        let report = try cli.run(["report", "--out", "out/report"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("out/report/report.html").path))

        let log = try cli.run(["log", "--verify"])
        #expect(log.status == 0 && log.stdout.contains("intact: 5 records."), "\(log.stdout)")
        #expect(try cli.run(["shortlist", "--vacancy", "no-such-vacancy"]).status != 0)
    }

    @Test("a counsellor's class list equals each pupil's own recommendations")
    func classListMatchesEachPupilsOwnRecommendations() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "400", "--seed", "5"])
        let students = try MatchDatabase(path: cli.database).students()
        let region = try #require(students.first { $0.stage == .school(grade: 9) }?.regionID)
        let pupils = students.filter { $0.stage == .school(grade: 9) && $0.regionID == region }

        let list = try cli.run(["recommend", "--schoolchildren", "--region", region, "--grade", "9", "--top", "3", "--format", "csv"])
        #expect(list.status == 0, "\(list.stderr)")
        // CSV lines end in CRLF (one Character, "\r\n")
        let rows = list.stdout.split(separator: "\r\n").dropFirst()
        // Rows of that region's and grade's pupils only (up to three within reach and three out of reach each), in id order
        let ids = rows.map { String($0.prefix { $0 != "," }) }
        #expect(Set(ids).isSubset(of: Set(pupils.map(\.id))) && ids == ids.sorted() && Set(ids).count > pupils.count / 2)
        // and each pupil's rows are what `recommend --student` gives them
        for pupil in pupils.prefix(3) {
            let own = try cli.run(["recommend", "--student", pupil.id, "--top", "3", "--format", "csv"])
            let expected = own.stdout.split(separator: "\r\n").dropFirst().map { "\(pupil.id),9,\(region)," + $0 }
            #expect(rows.filter { $0.hasPrefix(pupil.id + ",") }.map(String.init) == expected)
        }
        #expect(try cli.run(["recommend", "--schoolchildren", "--region", "atlantis"]).status != 0)
        #expect(try cli.run(["recommend", "--student", pupils[0].id, "--schoolchildren"]).status != 0)
    }

    @Test("an enterprise's shortlists equal each of its vacancies' own")
    func enterpriseShortlistsMatchEachVacancysOwn() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "600", "--seed", "3"])
        let all = try cli.run(["shortlist", "--enterprise", "saran-tyres", "--top", "5", "--format", "csv"])
        #expect(all.status == 0, "\(all.stderr)")
        let rows = all.stdout.split(separator: "\r\n").dropFirst().map(String.init)
        var expected: [String] = []
        for vacancy in ["saran-tyre-dual", "saran-welder"] {  // the enterprise's vacancies, in id order
            let own = try cli.run(["shortlist", "--vacancy", vacancy, "--top", "5", "--format", "csv"])
            expected += own.stdout.split(separator: "\r\n").dropFirst().map { "\(vacancy),\($0)" }
        }
        #expect(!expected.isEmpty && rows == expected)
        #expect(try cli.run(["shortlist", "--enterprise", "saran"]).stderr.contains("did you mean 'saran-tyres'"))
        #expect(try cli.run(["shortlist", "--enterprise", "saran-tyres", "--vacancy", "saran-welder"]).status != 0)
    }

    @Test("bench writes the same top items, byte for byte, for any worker count and tile sizes")
    func benchOutputIsByteIdenticalForAnyWorkersAndTiles() throws {
        // Given whole-number vectors, whose scores every tiling sums exactly (and often ties):
        // 150 queries and 1,100 items, wider than a 1,000-item tile
        let cli = try CLIRunner()
        var random = SplitMix64(seed: 4)
        let queries = try DenseMatrix(rows: 150, columns: 24) { _, _ in Float(Int(random.unit() * 5) - 2) }
        let items = try DenseMatrix(rows: 1100, columns: 24) { _, _ in Float(Int(random.unit() * 5) - 2) }
        try queries.writeNPY(to: cli.folder.appendingPathComponent("Q.npy").path)
        try items.writeNPY(to: cli.folder.appendingPathComponent("I.npy").path)

        // When bench runs with one worker on whole tiles, and with several workers on ragged ones
        let cuts = [["--threads", "1"], ["--threads", "2", "--row-tile", "3", "--column-tile", "5"],
                    ["--threads", "2", "--row-tile", "17", "--column-tile", "1000"], ["--threads", "3", "--row-tile", "64", "--column-tile", "7"]]
        var outputs: [Data] = []
        for (index, cut) in cuts.enumerated() {
            let bench = try cli.run(["bench", "--queries", "Q.npy", "--items", "I.npy", "--top", "7", "--out", "top\(index).npy"] + cut)
            #expect(bench.status == 0, "\(bench.stderr)")
            outputs.append(try Data(contentsOf: cli.folder.appendingPathComponent("top\(index).npy")))
            // The workers that ran: what was asked, but never more than one per core.
            let report = try JSONSerialization.jsonObject(with: Data(bench.stdout.utf8)) as? [String: Any]
            let threads = Int(cut[1])!
            #expect(report?["concurrency"] as? Int == min(threads, ProcessInfo.processInfo.activeProcessorCount), "\(bench.stdout)")
        }

        // Then the files are the same bytes
        #expect(outputs.count == cuts.count && outputs.allSatisfy { $0 == outputs[0] })
    }

    @Test(arguments: ["init", "import", "generate", "stats", "recommend", "shortlist", "report", "assign", "audit", "forget", "log", "bench", "doctor"])
    func everyCommandHasHelpWithAnExample(command: String) throws {
        let help = try CLIRunner().run([command, "--help"])
        #expect(help.status == 0 && help.stdout.contains("Example"), "\(command): \(help.stdout)")
    }
}
