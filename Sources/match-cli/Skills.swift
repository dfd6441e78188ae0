import ArgumentParser

extension MatchCLI {
    /// The skill taxonomy's commands.
    struct Skills: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: ui.skillsHelp.abstract, discussion: ui.skillsHelp.discussion, subcommands: [Search.self])
    }
}
