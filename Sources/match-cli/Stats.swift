import ArgumentParser
import Localization
import Presentation
import Profiles

extension MatchCLI {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(ui.statsHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let store = try database.open()
            let statistics = try store.statistics()
            let catalogue = try store.catalogue()
            let words = language.words
            print(words.database(store.path) + "\n")
            // The store's keys, each with its name in the table's language.
            let kinds: [(key: String, name: String)] = [
                ("skills", words.skills), ("subjects", words.subjects), ("regions", words.regions), ("specialties", words.specialties),
                ("colleges", words.collegesCount), ("college seats", words.collegeSeats), ("enterprises", words.enterprises),
                ("vacancies", words.vacancies), ("vacancy places", words.vacancyPlaces), ("students", words.students),
            ]
            print(TextTable(header: [words.recordKind, words.quantity], rows: kinds.map { [$0.name, String(statistics.counts[$0.key] ?? 0)] },
                            rightAligned: [1]).rendered)
            let regional = ["students", "colleges", "college seats", "enterprises", "vacancies", "vacancy places"]
                .compactMap { key in kinds.first { $0.key == key } }
            let rows = catalogue.regions.map { region in
                [region.name[language.lang]] + regional.map { String(statistics.byRegion[region.id]?[$0.key] ?? 0) }
            }
            print(TextTable(header: [words.region] + regional.map(\.name), rows: rows, rightAligned: Set(1...regional.count)).rendered)
        }
    }
}
