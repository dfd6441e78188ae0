import Foundation
import Testing
import TestSupport

/// The import's bar as people meet it: on a terminal an import of several seconds shows it; with
/// standard error on a pipe the same import writes nothing but its summary.
@Suite("Import progress on a terminal and on a pipe", .serialized)
struct ProgressOutputTests {
    /// Enough students for an import of several seconds in a debug build (about 1,700 a second).
    static let students = 12_000

    /// A CLI with an empty cohort and a generated students file to import.
    func prepared() throws -> (CLIRunner, String) {
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "0"])
        let file = cli.folder.appendingPathComponent("students.csv").path
        let generated = try cli.run(["generate", "--students", String(Self.students), "--seed", "5", "--out", file, "--lang", "en"])
        #expect(generated.status == 0)
        return (cli, file)
    }

    @Test func aLongImportShowsTheBarOnATerminalAndNothingOnAPipe() throws {
        // Given the same import twice
        let (terminal, terminalFile) = try prepared()
        let (pipe, pipeFile) = try prepared()
        // When one runs in a terminal (a tmux pane)
        let command = "cd \(terminal.folder.path) && MATCH_DB=\(terminal.database) MATCH_DATA=\(Fixtures.catalogue.path) "
            + "\(CLIRunner.executable.path) import \(terminalFile) --lang en"
        let pane = try QuestionnaireTerminalTests.Pane(command)
        defer { pane.close() }
        var screen = ""
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline, !screen.contains("EXITED=") {
            Thread.sleep(forTimeInterval: 0.2)
            screen = try pane.capture()
        }
        // Then it ended with the bar at 100 % on a line of its own, above the summary
        #expect(screen.contains("EXITED=0"), "\(screen)")
        #expect(screen.contains("importing [##############################] 100%\nstudents.csv (students): \(Self.students) read"), "\(screen)")
        // And when the other runs with standard error on a pipe, it writes the summary alone
        let result = try pipe.run(["import", pipeFile, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout == "students.csv (students): \(Self.students) read — \(Self.students) new, 0 changed, 0 unchanged\n")
        #expect(result.stderr == "")
    }
}
