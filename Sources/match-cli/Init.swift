import ArgumentParser
import Foundation
import Guidance
import Localization
import Profiles

extension MatchCLI {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(ui.initHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.initDataOptionHelp, valueName: "dir"))
        var data: String?

        @Option(help: ArgumentHelp(ui.initStudentsOptionHelp))
        var students = CatalogueBuilder.defaultCohortSize

        @Option(help: ArgumentHelp(ui.cohortSeedOptionHelp))
        var seed = CatalogueBuilder.defaultCohortSeed

        func run() throws {
            guard let folder = data.map({ URL(fileURLWithPath: $0) }) ?? DefaultLocations.dataDirectory else {
                throw CLIError(ui.noDataFolderForInit)
            }
            let path = database.resolvedPath
            // A bar per stage, the two seconds counted from the start of the command.
            let started = ContinuousClock.now
            var progress: (stage: CatalogueBuilder.Stage, bar: ProgressBar)?
            func building() throws -> MatchDatabase {
                defer { progress?.bar.finish() }
                return try DefaultDatabase.build(at: path, from: folder, students: students, seed: seed) { stage, done, total in
                    if progress?.stage != stage {
                        progress?.bar.finish()
                        progress = (stage, ProgressBar(total: total, label: stage == .catalogue ? ui.catalogueProgress : ui.cohortProgress,
                                                       since: started))
                    }
                    progress?.bar.update(done)
                }
            }
            let store = try building()
            let counts = try store.statistics().counts
            let nouns: [(String, CountedNoun)] = [("skills", .skill), ("specialties", .specialty), ("colleges", .college),
                                                  ("enterprises", .enterprise), ("vacancies", .vacancy), ("students", .student)]
            print(ui.built(path, from: folder.path, counts: nouns.map { ui.count(counts[$0.0] ?? 0, $0.1) }.joined(separator: ", ")))
        }
    }
}
