import ArgumentParser

@main
struct MatchCLI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match-cli",
        abstract: "Career-guidance matching: students, specialties, colleges and vacancies in Kazakhstan.",
        subcommands: [Bench.self]
    )
}
