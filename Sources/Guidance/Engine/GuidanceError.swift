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

    /// What a name typed by a person was looked up among.
    public enum NamedKind: String, Sendable, Hashable, CaseIterable {
        case subject, skill
    }

    /// A quantity out of its range.
    public enum Quantity: String, Sendable, Hashable, CaseIterable {
        case grade, level
    }

    /// A record a name may mean, with its name in every language.
    public struct Candidate: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText?
    }

    /// No record of this kind has the id; `suggestions` are the closest known ids.
    case unknownID(kind: Kind, id: String, suggestions: [String])
    /// The enterprise exists but offers nothing to shortlist for.
    case enterpriseWithoutVacancies(String)
    /// The default database does not exist and no catalogue folder was found to build it from.
    case noDataFolder
    /// A database path that holds no database.
    case noDatabase(path: String)
    /// No subject or skill has this name; the closest ones.
    case unknownName(kind: NamedKind, name: String, suggestions: [Candidate])
    /// Several share the name ("сварка": the welding skills): the person picks one.
    case severalNamed(kind: NamedKind, name: String, candidates: [Candidate])
    case outOfRange(Quantity, value: Int, lower: Int, upper: Int)
    /// A result page for a pupil who is not at school (they get vacancies, not specialties).
    case notAPupil(String)

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
        case let .unknownName(kind, name, suggestions):
            "no \(kind.rawValue) is called '\(name)'" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "'\($0.id)'" }.joined(separator: ", "))?)")
        case let .severalNamed(kind, name, candidates):
            "'\(name)' names several \(kind.rawValue)s: pick one of \(candidates.map { "'\($0.id)'" }.joined(separator: ", "))"
        case let .outOfRange(quantity, value, lower, upper):
            "\(quantity.rawValue) \(value) must be from \(lower) to \(upper)"
        case .notAPupil(let id):
            "'\(id)' is not at school: the result page is for pupils choosing a specialty (use `recommend` for vacancies)"
        }
    }
}
