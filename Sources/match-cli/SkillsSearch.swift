import ArgumentParser
import Guidance
import Presentation

extension MatchCLI.Skills {
    /// What a phrase names in the skill taxonomy, as an import would read it.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(ui.skillsSearchHelp)

        /// `--format table|json`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Argument(help: ArgumentHelp(ui.skillsSearchTextHelp))
        var text: String

        @Option(help: ArgumentHelp(ui.searchLimitOptionHelp))
        var limit = 10

        @Option(help: ArgumentHelp(ui.doctorFormatOptionHelp))
        var format: Format = .table

        func validate() throws {
            guard (1...100).contains(limit) else { throw ValidationError(ui.limitMustBe(from: 1, to: 100)) }
        }

        func run() throws {
            let search = try database.engine().skillSearch(SkillSearchRequest(text: text, limit: limit, language: language.lang))
            printRendered(try search.render(format == .json ? .json : .table))
        }
    }
}
