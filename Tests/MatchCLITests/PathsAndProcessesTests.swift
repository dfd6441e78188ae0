import Foundation
import GRDB
import Testing
import Profiles
import TestSupport

/// Paths, disks and other processes (issue 12 §6, Docs/Reliability.md "Paths, disks and processes"): a
/// full disk or stream, something other than a regular file at `--out`, `init` during an import, a
/// second writer, and the temporaries of killed processes.
@Suite("Paths, disks and processes", .serialized)
struct PathsAndProcessesTests {
    static let shell = URL(fileURLWithPath: "/bin/sh")

    /// Runs `script` in `/bin/sh` with the runner's folder and environment; `"$M"` is match-cli.
    @discardableResult
    static func sh(_ cli: CLIRunner, _ script: String) throws -> CLIRunner.Result {
        try cli.run(["-c", "M=\"$0\"; " + script, CLIRunner.executable.path], executable: shell)
    }

    /// The temporaries in `folder` (any name starting with a dot, or holding `.tmp` or `.building-`).
    static func temporaries(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix(".") || $0.contains(".tmp") || $0.contains(".building-") }
    }

    /// What is at `path` itself (a link is not followed).
    static func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test("a full disk or a full stream gives a clear error in the user's language, exit 1, no crash and no leftovers")
    func aFullDiskOrStreamIsAnErrorNotACrash() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "200"])
        // Standard error on a full device: the status line cannot be written (it trapped with exit 132)
        let assign = try Self.sh(cli, "exec \"$M\" assign --out a.csv 2>/dev/full")
        #expect(assign.status == 1, "\(assign.stdout)")
        #expect(try String(contentsOf: cli.folder.appendingPathComponent("a.csv"), encoding: .utf8).hasSuffix("\r\n"))
        // Standard output on a full device: said, in the user's language, with exit 1 (it exited 0)
        let generate = try Self.sh(cli, "exec \"$M\" generate --students 10 --out g.csv --lang ru >/dev/full")
        #expect(generate.status == 1 && generate.stderr.contains("не удаётся вывести результат (стандартный вывод): на диске нет места"),
                "\(generate.status) \(generate.stderr)")
        let shortlist = try Self.sh(cli, "exec \"$M\" shortlist --vacancy saran-welder --format csv --lang kk >/dev/full")
        #expect(shortlist.status == 1 && shortlist.stderr.contains("дискіде орын қалмады"), "\(shortlist.status) \(shortlist.stderr)")
        // A file that outgrows the limit on file size, as on a full disk: a localised reason, nothing left
        let limited = try Self.sh(cli, "trap '' XFSZ; ulimit -f 100; exec \"$M\" generate --students 20000 --out s.csv --lang ru")
        #expect(limited.status == 1 && limited.stderr.contains("не удаётся записать s.csv: файл больше, чем разрешает система"),
                "\(limited.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("s.csv").path))
        #expect(try Self.temporaries(in: cli.folder).isEmpty)
        // A full disk itself: FullDiskWriterTests (every run, through /dev/full), and the tmpfs test below
    }

    /// Beside FullDiskWriterTests' /dev/full: a real tmpfs filled up, in a private mount namespace (CI runs as
    /// root, so `unshare -m` works; where it does not, this fails rather than skips).
    @Test("a really full disk (a 64 KiB tmpfs) gives the same error to generate, assign and report")
    func aReallyFullDisk() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "200"])
        let full = try Self.sh(cli, """
            unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs "$1" || exit 99
              mkdir "$1/report"; cat /dev/zero > "$1/filler" 2>/dev/null
              for command in "generate --students 100 --out $1/s.csv" "assign --out $1/a.json" "report --out $1/report"; do
                "$0" $command --lang en; echo "status $?"
              done
              echo "left: $(ls -A "$1" "$1/report" | tr "\n" " ")"' "$M" /mnt
            """)
        #expect(full.status != 99, "mount failed: \(full.stderr)")
        let statuses = full.stdout.split(separator: "\n").filter { $0.hasPrefix("status ") }
        #expect(statuses.count == 3 && statuses.allSatisfy { $0 != "status 0" }, "\(full.stdout)")
        #expect(full.stderr.components(separatedBy: "the disk is full").count - 1 == 3, "\(full.stderr)")
        #expect(full.stdout.contains("left: /mnt: filler report  /mnt/report: \n"), "\(full.stdout)")
    }

    @Test("--out and init --db replace a regular file only: a link, a device, a named pipe or a folder is refused and kept")
    func onlyARegularFileIsReplaced() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "100"])
        let folder = cli.folder
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        try Data("keep".utf8).write(to: folder.appendingPathComponent("target.csv"))
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: "target.csv")
        #expect(mkfifo(path("pipe.csv"), 0o644) == 0)
        try FileManager.default.createDirectory(atPath: path("folder.csv"), withIntermediateDirectories: false)
        // A copy of /dev/full, where the system lets this user make one
        let device = try Self.sh(cli, "mknod full.csv c 1 7 2>/dev/null")
        var targets: [(name: String, type: mode_t, word: String)] = [("link.csv", S_IFLNK, "a symbolic link"), ("pipe.csv", S_IFIFO, "a named pipe"),
                                                                     ("folder.csv", S_IFDIR, "a folder")]
        if device.status == 0 { targets.append(("full.csv", S_IFCHR, "a device")) }
        for target in targets {
            for arguments in [["generate", "--students", "10", "--out", target.name], ["assign", "--out", target.name]] {
                let result = try cli.run(arguments + ["--lang", "en"])
                #expect(result.status == 1 && result.stderr.contains("cannot write \(target.name): it is \(target.word), not a regular file"),
                        "\(arguments): \(result.stderr)")
                #expect(Self.fileType(path(target.name)) == target.type, "\(arguments) replaced \(target.name)")
            }
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("target.csv"), encoding: .utf8) == "keep")
        // A report file that is a link, in Russian
        try FileManager.default.createDirectory(atPath: path("report"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("report/report.html"), withDestinationPath: "../target.csv")
        let report = try cli.run(["report", "--out", "report", "--lang", "ru"])
        #expect(report.status == 1 && report.stderr.contains("это символическая ссылка, а не обычный файл"), "\(report.stderr)")
        #expect(Self.fileType(path("report/report.html")) == S_IFLNK)
        // A database behind a link is opened, but init does not replace the link
        try FileManager.default.createSymbolicLink(atPath: path("linked.sqlite"), withDestinationPath: cli.database)
        let initialise = try cli.run(["init", "--db", "linked.sqlite", "--students", "10", "--lang", "en"])
        #expect(initialise.status == 1 && initialise.stderr.contains("it is a symbolic link"), "\(initialise.stderr)")
        #expect(Self.fileType(path("linked.sqlite")) == S_IFLNK)
        #expect(try Self.temporaries(in: folder).isEmpty && Self.temporaries(in: folder.appendingPathComponent("report")).isEmpty)
    }

    @Test("init refuses while an import runs, and a command started during init waits for the new database")
    func initAndOtherCommandsDoNotLoseEachOthersWork() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "100"])
        try cli.run(["generate", "--students", "20000", "--seed", "6", "--out", "big.csv"])
        // Given an import of 20,000 students under way
        let importer = try cli.start(["import", "big.csv", "--db", cli.database])
        usleep(1_500_000)
        // When init is asked for meanwhile
        let initialise = try cli.run(["init", "--students", "100", "--lang", "ru"])
        let overlapped = importer.isRunning
        importer.waitUntilExit()
        // Then it refuses, saying why, and the import's students are all there (init discarded them)
        #expect(overlapped, "the import ended before init started: the test proves nothing")
        #expect(initialise.status == 1 && initialise.stderr.contains("использует другая команда match-cli (импорт?)"), "\(initialise.stderr)")
        #expect(importer.terminationStatus == 0)
        #expect(try MatchDatabase(path: cli.database).studentCount() == 20_100)

        // Given init building a new database of 10,000 students
        try cli.run(["generate", "--students", "5", "--seed", "9", "--out", "small.csv"])
        let builder = try cli.start(["init", "--students", "10000", "--db", cli.database, "--data", Fixtures.catalogue.path])
        var building = false
        for _ in 0..<400 where !building {
            usleep(50_000)
            building = try FileManager.default.contentsOfDirectory(atPath: cli.folder.path).contains { $0.contains(".building-") }
        }
        // When an import starts meanwhile
        let small = try cli.run(["import", "small.csv"])
        builder.waitUntilExit()
        // Then it waited for the new database and imported into it (it went into the replaced file and was lost)
        #expect(building, "init finished before the import started: the test proves nothing")
        #expect(builder.terminationStatus == 0 && small.status == 0, "\(small.stderr)")
        #expect(try MatchDatabase(path: cli.database).studentCount() == 10_005)
    }

    @Test("a second writer is told, in the user's language, that another import is running")
    func aSecondWriterIsToldWhoHoldsTheDatabase() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "0"])
        try cli.run(["generate", "--students", "5", "--seed", "9", "--out", "s.csv"])
        // Given another connection holding the write lock (as a long import does)
        let other = try DatabaseQueue(path: cli.database)
        let holding = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread {
            try? other.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                holding.signal()
                done.wait()
                try db.execute(sql: "ROLLBACK")
            }
        }.start()
        holding.wait()
        // When an import starts, it waits the busy timeout (30 s), then
        let second = try cli.run(["import", "s.csv", "--lang", "ru"])
        done.signal()
        // Then it says why, in Russian, not SQLite's "database is locked"
        #expect(second.status == 1)
        #expect(second.stderr.contains("в базу данных пишет другой импорт (или другая записывающая команда)"), "\(second.stderr)")
        #expect(!second.stderr.contains("database is locked"), "\(second.stderr)")
    }

    @Test("temporaries of killed init and report runs are removed at the next run; a live process's are kept")
    func staleTemporariesAreRemovedAtTheNextRun() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "100"])
        // Given init killed while it builds
        let builder = try cli.start(["init", "--students", "10000", "--db", cli.database, "--data", Fixtures.catalogue.path])
        var left: [String] = []
        for _ in 0..<400 where left.isEmpty {
            usleep(50_000)
            left = try Self.temporaries(in: cli.folder).filter { $0.contains(".building-") }
        }
        kill(builder.processIdentifier, SIGKILL)
        builder.waitUntilExit()
        #expect(!left.isEmpty, "init was not caught building")
        // When the next command runs, then the leftovers of the killed build are gone
        #expect(try cli.run(["stats"]).status == 0)
        #expect(try Self.temporaries(in: cli.folder).filter { $0.contains(".building-") }.isEmpty)

        // Given a report folder with what killed report runs leave, and a file a live process is writing
        let report = cli.folder.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: false)
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let stale = [".report.html.\(gone.processIdentifier).\(UUID().uuidString).tmp",  // its process is gone
                     ".summary.csv.\(UUID().uuidString).tmp"]  // no process named, untouched for two hours
        let kept = [".report.json.\(getpid()).\(UUID().uuidString).tmp",  // this test's process is alive
                    ".regions.csv.\(UUID().uuidString).tmp"]  // no process named, but fresh
        for name in stale + kept { try Data("half".utf8).write(to: report.appendingPathComponent(name)) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7200)],
                                              ofItemAtPath: report.appendingPathComponent(stale[1]).path)
        // When the report is written there again
        let written = try cli.run(["report", "--out", "report"])
        // Then the stale ones are gone and the others kept
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Set(Self.temporaries(in: report)) == Set(kept))
    }
}
