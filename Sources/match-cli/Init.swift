import ArgumentParser
import Foundation
import ScoringCore
import Allocation
import Profiles

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
            let store = try Self.build(at: path, from: folder, students: students, seed: seed)
            let counts = try store.statistics().counts
            print("Built \(path) from \(folder.path): " + ["skills", "specialties", "colleges", "enterprises", "vacancies", "students"]
                .map { "\(counts[$0] ?? 0) \($0)" }.joined(separator: ", "))
        }

        /// Builds into a temporary file and moves it into place, so a failed build leaves nothing half-made.
        static func build(at path: String, from folder: URL, students: Int = CatalogueBuilder.defaultCohortSize,
                          seed: UInt64 = CatalogueBuilder.defaultCohortSeed) throws -> MatchDatabase {
            let target = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).building-\(getpid())")
            defer { for suffix in ["", "-wal", "-shm", "-audit"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) } }
            do {
                let store = try MatchDatabase(path: temporary.path)
                try CatalogueBuilder(dataDirectory: folder, cohortSize: students, seed: seed).build(into: store)
                _ = try store.writer.writeWithoutTransaction { try $0.checkpoint(.truncate) }
            }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: temporary, to: target)
            return try MatchDatabase(path: path)
        }
    }
}
