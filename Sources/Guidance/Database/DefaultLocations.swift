import Matcher
import Foundation
import Profiles

/// Where the default database and the shipped `Data/` folder are.
public enum DefaultLocations {
    /// `$MATCH_DB`, else `$XDG_DATA_HOME/career-match/default.sqlite` (`~/.local/share/…`).
    public static var database: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["MATCH_DB"], !path.isEmpty { return path }
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share").path
        return URL(fileURLWithPath: base).appendingPathComponent("career-match/default.sqlite").path
    }

    /// `$MATCH_DATA`, else `./Data`, else the `Data/` folder of the checkout the executable was built in.
    public static var dataDirectory: URL? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let path = environment["MATCH_DATA"], !path.isEmpty { candidates.append(URL(fileURLWithPath: path)) }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Data"))
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(folder.appendingPathComponent("Data"))
            folder.deleteLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("skills.csv").path) }
    }
}
