import Matcher
import Profiles

/// Why a request could not be served, naming what was asked for. The data stays structured so the
/// command line can say it in the reader's language (`Words.message(for:)` in Presentation);
/// `description` is the English text.
public enum GuidanceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of record an unknown id was given for.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case vacancy, enterprise, student, region
    }

    /// No record of this kind has the id; `suggestions` are the closest known ids.
    case unknownID(kind: Kind, id: String, suggestions: [String])
    /// The enterprise exists but offers nothing to shortlist for.
    case enterpriseWithoutVacancies(String)
    /// The default database does not exist and no catalogue folder was found to build it from.
    case noDataFolder
    /// A database path that holds no database.
    case noDatabase(path: String)

    /// An unknown-id error with the closest of `known` as suggestions.
    static func unknown(_ kind: Kind, id: String, among known: some Sequence<String>) -> GuidanceError {
        .unknownID(kind: kind, id: id, suggestions: NameKey.closest(to: id, among: known))
    }

    public var description: String {
        switch self {
        case let .unknownID(kind, id, suggestions):
            "no \(kind.rawValue) with id '\(id)'" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?)")
        case .enterpriseWithoutVacancies(let id):
            "enterprise '\(id)' has no vacancies or places"
        case .noDataFolder:
            "the default database does not exist yet and no Data/ folder was found: run from the project folder, set MATCH_DATA, or use `match-cli init --data DIR`"
        case .noDatabase(let path):
            "no database at \(path): create it with `match-cli init --db \(path)`"
        }
    }
}
