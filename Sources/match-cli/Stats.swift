import ScoringCore
import ArgumentParser
import Profiles
import Guidance
import Presentation
import Localization

extension MatchCLI {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print record counts per kind and per region, and the database path.",
            discussion: """
            Example:
              match-cli stats --lang kk
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try database.open()
            let statistics = try store.statistics()
            let catalogue = try store.catalogue()
            print("Database: \(store.path)\n")
            let kinds = ["skills", "subjects", "regions", "specialties", "colleges", "college seats", "enterprises",
                         "vacancies", "vacancy places", "students"]
            print(TextTable(header: ["kind", "count"], rows: kinds.map { [$0, String(statistics.counts[$0] ?? 0)] },
                            rightAligned: [1]).rendered)
            let regional = ["students", "colleges", "college seats", "enterprises", "vacancies", "vacancy places"]
            let rows = catalogue.regions.map { region in
                [region.name[language.lang]] + regional.map { String(statistics.byRegion[region.id]?[$0] ?? 0) }
            }
            print(TextTable(header: ["region"] + regional, rows: rows, rightAligned: Set(1...regional.count)).rendered)
        }
    }
}
