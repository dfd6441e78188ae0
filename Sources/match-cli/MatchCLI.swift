import ArgumentParser

@main
struct MatchCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match-cli",
        abstract: "Career-guidance matching for Kazakhstan: students, TVET specialties, colleges and vacancies.",
        discussion: """
        With no --db, every command uses the default database (see `match-cli stats` for its path), \
        built from Data/ on first use.
        """,
        subcommands: [Init.self, Import.self, Generate.self, Stats.self, Recommend.self, Shortlist.self, Report.self, Assign.self, Audit.self, Forget.self, Log.self, Bench.self, Doctor.self]
    )
}
