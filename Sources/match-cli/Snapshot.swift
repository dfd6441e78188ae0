import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation

extension MatchCLI {
    struct Snapshot: ParsableCommand {
        static let configuration = CommandConfiguration(ui.snapshotHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.snapshotOutOptionHelp, valueName: "file"))
        var out: String

        func run() throws {
            let snapshot = try database.engine().catalogueSnapshot()
            try AtomicFile.write(snapshot.fileBytes(), to: out)
            print(ui.wroteSnapshot(to: out, vacancies: snapshot.catalogue.vacancies.count, checksum: snapshot.checksum))
        }
    }
}
