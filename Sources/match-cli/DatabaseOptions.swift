import ArgumentParser
import Foundation
import ScoringCore
import Allocation
import Profiles

/// `--db PATH`, shared by every command that reads or writes the store.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("SQLite database file (default: $MATCH_DB or ~/.local/share/career-match/default.sqlite, built from Data/ on first use).", valueName: "path"))
    var path: String?

    var resolvedPath: String { path ?? DefaultLocations.database }

    /// Opens the database. The default one is built from `Data/` the first time it is used.
    func open() throws -> MatchDatabase {
        let resolved = resolvedPath
        let isNew = !FileManager.default.fileExists(atPath: resolved)
        if isNew && path == nil {
            guard let data = DefaultLocations.dataDirectory else {
                throw CLIError("the default database does not exist yet and no Data/ folder was found: run from the project folder, set MATCH_DATA, or use `match-cli init --data DIR`")
            }
            printError("Building the default database at \(resolved) from \(data.path) …")
            return try MatchCLI.Init.build(at: resolved, from: data)
        }
        if isNew {
            throw CLIError("no database at \(resolved): create it with `match-cli init --db \(resolved)`")
        }
        return try MatchDatabase(path: resolved)
    }
}

/// A command-line failure with a message for the person at the terminal.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }

    /// "no vacancy with id 'x' (did you mean 'y'?)": up to three known ids close to the one given.
    static func unknown(_ what: String, id: String, known: [String]) -> CLIError {
        let close = known.filter { NameKey($0).distance(to: NameKey(id)) <= 3 || $0.contains(id) }.prefix(3)
        return CLIError("no \(what) with id '\(id)'" + (close.isEmpty ? "" : " (did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?)"))
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
