/// The skill taxonomy: every skill by id, and a lookup by any label or synonym in kk, ru or en.
public struct Taxonomy: Sendable {
    public let skills: [Skill]
    private let indexByID: [String: Int]
    private let idByName: [NameKey: String]

    /// Builds the lookup. Two skills sharing a name is a catalogue error.
    /// - Throws: `TaxonomyError.ambiguousName` naming both skills.
    public init(_ skills: [Skill]) throws(TaxonomyError) {
        self.skills = skills
        var indexByID: [String: Int] = [:]
        var idByName: [NameKey: String] = [:]
        for (index, skill) in skills.enumerated() {
            indexByID[skill.id] = index
            for name in [skill.id] + skill.allNames {
                let key = NameKey(name)
                if let other = idByName[key], other != skill.id {
                    throw .ambiguousName(name, skill.id, other)
                }
                idByName[key] = skill.id
            }
        }
        self.indexByID = indexByID
        self.idByName = idByName
    }

    /// The skill with this id.
    public func skill(id: String) -> Skill? { indexByID[id].map { skills[$0] } }

    /// Position of the skill in `skills` — its column in skill vectors.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// Resolves an id, label or synonym in any language to a skill id.
    public func resolve(_ name: String) -> String? {
        if indexByID[name] != nil { return name }  // the common case, without normalising
        return idByName[NameKey(name)]
    }

    /// Up to `limit` known names closest to `name`, closest first, for "did you mean …".
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        NameKey.closest(to: name, among: knownNames, limit: limit)
    }

    /// Every id, label and synonym, in their compared form.
    public var knownNames: [String] { idByName.keys.map(\.value) }
}

public enum TaxonomyError: Error, CustomStringConvertible, Equatable {
    case ambiguousName(String, String, String)

    public var description: String {
        switch self {
        case .ambiguousName(let name, let first, let second):
            "the name '\(name)' belongs to two skills, '\(first)' and '\(second)'"
        }
    }
}
