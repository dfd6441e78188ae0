import ArgumentParser

extension MatchCLI {
    /// Vacancies as employers write them (`match-cli vacancy …`; named apart from the `Vacancy` record).
    struct VacancyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vacancy", abstract: ui.vacancyHelp.abstract, discussion: ui.vacancyHelp.discussion, subcommands: [Parse.self])
    }
}
