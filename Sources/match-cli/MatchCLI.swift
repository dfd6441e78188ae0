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
        subcommands: [Init.self, Import.self, Generate.self, Stats.self, Skills.self, Recommend.self, Shortlist.self, Report.self, Assign.self, Audit.self, Questionnaire.self, Forget.self, Log.self, Bench.self, Doctor.self, Serve.self]
    )

    static var _errorPrefix: String { ui.errorPrefix }

    /// Parses and runs as ArgumentParser does, but says errors, and the parser's own words in help and
    /// usage, in the interface language.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            try checkOutputWasWritten()
        } catch {
            let error = worded(error)
            let code = exitCode(for: error)
            let text = ui.translatingArgumentParser(fullMessage(for: error))
            if !text.isEmpty {
                if code == .success { print(text) } else { printError(text) }
            }
            let lost = StandardStreams.finish()
            Foundation.exit(code == .success && (lost.output != nil || lost.errorLost) ? ExitCode.failure.rawValue : code.rawValue)
        }
    }

    /// A command whose output or messages were lost (a full disk behind `>` or `2>`) has failed: it says
    /// so on standard error if it can, and exits with 1 either way.
    private static func checkOutputWasWritten() throws {
        let lost = StandardStreams.finish()
        if let problem = lost.output { throw CLIError(ui.cannotWriteOutput(reason: ui.reason(problem))) }
        if lost.errorLost { throw ExitCode.failure }
    }

    /// The product's own errors as a `CLIError` in the interface language; the parser's, as they are.
    private static func worded(_ error: any Error) -> any Error {
        if let error = error as? CLIError { return error }
        return ui.describe(error).map(CLIError.init) ?? error
    }
}
