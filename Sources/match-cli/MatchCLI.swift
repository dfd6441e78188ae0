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
        subcommands: [Init.self, Import.self, Generate.self, Stats.self, Skills.self, Recommend.self, Shortlist.self, Report.self, Assign.self, Audit.self, Questionnaire.self, Forget.self, Log.self, Bench.self, Doctor.self]
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
        } catch {
            let error = worded(error)
            let code = exitCode(for: error)
            let text = ui.translatingArgumentParser(fullMessage(for: error))
            if !text.isEmpty {
                if code == .success { print(text) } else { printError(text) }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The product's own errors as a `CLIError` in the interface language; the parser's, as they are.
    private static func worded(_ error: any Error) -> any Error {
        if let error = error as? CLIError { return error }
        return ui.describe(error).map(CLIError.init) ?? error
    }
}
