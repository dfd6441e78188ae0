import ArgumentParser
import Foundation
import Guidance
import Profiles
import Guidance
import Presentation
import Localization

/// `--db PATH`, shared by every command that reads or writes the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("SQLite database file (default: $MATCH_DB or ~/.local/share/career-match/default.sqlite, built from Data/ on first use).", valueName: "path"))
    var path: String?

    var resolvedPath: String { path ?? DefaultLocations.database }

    /// Opens the database. The default one is built from `Data/` the first time it is used.
    func open() throws -> MatchDatabase {
        try DefaultDatabase.open(path) { path, data in printError("Building the default database at \(path) from \(data.path) …") }
    }

    /// The engine over the database, for the jobs.
    func engine() throws -> MatchEngine {
        MatchEngine(store: try open())
    }
}

/// A command-line failure with a message for the person at the terminal.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
