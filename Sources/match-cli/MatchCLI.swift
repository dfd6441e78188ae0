import ArgumentParser
import Foundation
import Localization
import Presentation

@main
struct MatchCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match-cli",
        abstract: ui.rootHelp.abstract,
        discussion: ui.rootHelp.discussion,
        subcommands: [Init.self, Import.self, Generate.self, Stats.self, Skills.self, VacancyCommand.self, Recommend.self, Shortlist.self, Report.self, Snapshot.self, Shard.self, Merge.self, Assign.self, Audit.self, Questionnaire.self, Pupil.self, Result.self, Forget.self, Log.self, Bench.self, Doctor.self, Serve.self]
    )

    static var _errorPrefix: String { ui.errorPrefix }

    /// Parses and runs as ArgumentParser does, but says errors, and the parser's own words in help and
    /// usage, in the interface language.
    static func main() async {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(after: error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            try checkOutputWasWritten()
        } catch {
            exit(after: worded(error))
        }
    }

    /// Says `error` (help, usage, a message) as ArgumentParser does, in the interface language, and exits.
    private static func exit(after error: any Error) -> Never {
        let code = exitCode(for: error)
        let text = ui.translatingArgumentParser(fullMessage(for: error))
        if !text.isEmpty {
            if code == .success { print(text) } else { printError(text) }
        }
        let lost = StandardStreams.finish()
        Foundation.exit(code == .success && (lost.output != nil || lost.errorLost) ? ExitCode.failure.rawValue : code.rawValue)
    }

    /// A command whose output or messages were lost (a full disk behind `>` or `2>`) has failed: it says
    /// so on standard error if it can, and exits with 1 either way.
    private static func checkOutputWasWritten() throws {
        let lost = StandardStreams.finish()
        if let problem = lost.output { throw CLIError(ui.cannotWriteOutput(reason: ui.reason(problem))) }
        if lost.errorLost { throw ExitCode.failure }
    }

    /// An error a command threw as a `CLIError` in the interface language: the product's own errors,
    /// SQLite's and Foundation's worded, and any other still said in that language; the parser's own
    /// (`ValidationError`, `ExitCode`, `CleanExit`, a help request), as they are.
    private static func worded(_ error: any Error) -> any Error {
        if error is CLIError || error is ValidationError || error is ExitCode || error is CleanExit { return error }
        // A command with subcommands run bare (`match-cli`, `match-cli pupil`) asks for its help: the parser's.
        if exitCode(for: error) == .success { return error }
        return CLIError(ui.describe(error) ?? ui.unexpectedError(String(describing: error)))
    }
}
