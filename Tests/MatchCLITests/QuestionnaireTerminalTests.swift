import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import Profiles
import TestSupport

/// `match-cli questionnaire` as a pupil uses it: in a terminal (a tmux pane: a real pseudo-terminal),
/// one key per answer, `b` back and `q` quit; the result stored on the pupil.
@Suite("Questionnaire in a terminal", .serialized)
struct QuestionnaireTerminalTests {
    /// A detached tmux session on a private server running one command.
    struct Pane {
        let socket: String
        init(_ command: String) throws {
            socket = "match-\(UUID().uuidString.prefix(8))"
            try Self.tmux(["-L", socket, "new-session", "-d", "-x", "110", "-y", "32", command + "; echo EXITED=$?; sleep 60"])
        }

        /// Runs tmux and waits for it with `waitpid`: Foundation's `Process` never reaps a client whose
        /// server forks off (the test hung on `waitUntilExit`).
        static func tmux(_ arguments: [String]) throws {
            var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for descriptor in 0...2 { posix_spawn_file_actions_addopen(&actions, Int32(descriptor), "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0) }
            let argv = (["tmux"] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawnp(&pid, "tmux", &actions, nil, argv, environ) == 0 else { throw TmuxFailed(arguments: arguments) }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            guard status == 0 else { throw TmuxFailed(arguments: arguments) }
        }
        struct TmuxFailed: Error { let arguments: [String] }

        func capture() throws -> String {
            let process = Process(), out = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["tmux", "-L", socket, "capture-pane", "-p"]
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        func send(_ keys: String...) throws { try Self.tmux(["-L", socket, "send-keys"] + keys) }

        /// Waits until the screen shows `text` (10 s at most) and returns the screen.
        @discardableResult
        func waitFor(_ text: String) throws -> String {
            let deadline = Date().addingTimeInterval(10)
            var screen = ""
            while Date() < deadline {
                screen = try capture()
                if screen.contains(text) { return screen }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("the screen never showed '\(text)':\n\(screen)")
            return screen
        }

        func close() { try? Self.tmux(["-L", socket, "kill-server"]) }
    }

    func start(_ cli: CLIRunner, _ arguments: String) -> String {
        "cd \(cli.folder.path) && MATCH_DB=\(cli.database) MATCH_DATA=\(Fixtures.shippedData.path) \(CLIRunner.executable.path) \(arguments)"
    }

    @Test func aPupilAnswersGoesBackAndTheResultIsStored() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "40", "--seed", "2"])
        let pupil = try #require(try MatchDatabase(path: cli.database).students().first { $0.stage.isSchool })
        let bank = try ItemBank.load(from: Fixtures.shippedData)
        let items = bank.presented(.short)
        let pane = try Pane(start(cli, "questionnaire --student \(pupil.id) --lang ru --short"))
        defer { pane.close() }

        var screen = try pane.waitFor("Вопрос 1 из 30")
        #expect(screen.contains(items[0].text.ru) && screen.contains("Очень нравится") && screen.contains("b — назад"))
        try pane.send("3")
        try pane.waitFor("Вопрос 2 из 30")
        try pane.send("b")
        screen = try pane.waitFor("Вопрос 1 из 30")
        // Realistic work strongly liked (5), everything else strongly disliked (1)
        for (index, item) in items.enumerated() {
            try pane.waitFor("Вопрос \(index + 1) из 30")
            try pane.send(item.type == .realistic ? "5" : "1")
        }
        screen = try pane.waitFor("EXITED=0")
        #expect(screen.contains("Ответы сохранены") && screen.contains("1.00"))
        let stored = try #require(try MatchDatabase(path: cli.database).student(id: pupil.id))
        #expect(stored.interests[.realistic] == 1 && stored.interests[.social] == 0)
        #expect(try MatchDatabase(path: cli.database).answers(of: pupil.id)?.answers.form == .short)
    }

    @Test func quittingKeepsTheAnswersUnscored() throws {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "40", "--seed", "2"])
        let pupil = try #require(try MatchDatabase(path: cli.database).students().first { $0.stage.isSchool })
        let pane = try Pane(start(cli, "questionnaire --student \(pupil.id) --lang en"))
        defer { pane.close() }
        try pane.waitFor("Question 1 of 60")
        for number in 2...4 {
            try pane.send("4")
            try pane.waitFor("Question \(number) of 60")
        }
        try pane.send("q")
        let screen = try pane.waitFor("EXITED=0")
        #expect(screen.contains("Stopped: 3 of 60 answered"))
        let database = try MatchDatabase(path: cli.database)
        #expect(try database.answers(of: pupil.id)?.flags.contains(.incomplete) == true)
        #expect(try database.student(id: pupil.id)?.interests == pupil.interests)
    }
}
