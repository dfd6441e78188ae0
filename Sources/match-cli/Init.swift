import ArgumentParser
import Foundation
import ScoringCore
import Guidance
import Profiles
import Guidance
import Presentation
import Localization

extension MatchCLI {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build a database from the Data/ catalogue and a generated cohort.",
            discussion: """
            Replaces the database file at the path given (or the default one).

            Example:
              match-cli init --db /tmp/match.sqlite
            """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("The catalogue folder (default: ./Data or $MATCH_DATA).", valueName: "dir"))
        var data: String?

        @Option(help: "How many synthetic students to generate into it.")
        var students = CatalogueBuilder.defaultCohortSize

        @Option(help: "Seed of the generated cohort.")
        var seed = CatalogueBuilder.defaultCohortSeed

        func run() throws {
            guard let folder = data.map({ URL(fileURLWithPath: $0) }) ?? DefaultLocations.dataDirectory else {
                throw CLIError("no Data/ folder found: pass --data DIR")
            }
            let path = database.resolvedPath
            let store = try DefaultDatabase.build(at: path, from: folder, students: students, seed: seed)
            let counts = try store.statistics().counts
            print("Built \(path) from \(folder.path): " + ["skills", "specialties", "colleges", "enterprises", "vacancies", "students"]
                .map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", "))
        }
    }
}
