import ArgumentParser
import Foundation
import Guidance
import Profiles

/// `--db PATH`, shared by every command that reads or writes the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(ui.databaseOptionHelp, valueName: "path"))
    var path: String?

    var resolvedPath: String { path ?? DefaultLocations.database }

    /// Opens the database. The default one is built from `Data/` the first time it is used.
    func open() throws -> MatchDatabase {
        try DefaultDatabase.open(path) { path, data in printError(ui.buildingDefaultDatabase(at: path, from: data.path)) }
    }

    /// The engine over the database, for the jobs (each writes, or records its run): refused before any
    /// work when a newer version of the tool migrated the database.
    func engine() throws -> MatchEngine {
        let store = try open()
        try store.requireWritable()
        return MatchEngine(store: store)
    }
}

/// A command-line failure with a message for the person at the terminal, already in their language.
/// It is its own `localizedDescription` too (else Foundation says "match_cli.CLIError error 1").
struct CLIError: LocalizedError, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
    var errorDescription: String? { description }
}
