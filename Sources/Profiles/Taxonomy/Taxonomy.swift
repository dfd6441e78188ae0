/// The skill taxonomy: every skill by id, and a lookup by any label or synonym in kk, ru or en — exact, by
/// stems or by spelling (`names`).
public struct Taxonomy: Sendable {
    public let skills: [Skill]
    private let indexByID: [String: Int]
    /// Every id, label and synonym, for finding skills by what people type.
    public let names: NameIndex

    /// Builds the lookup. Two skills sharing a name is a catalogue error.
    /// - Throws: `TaxonomyError.ambiguousName` naming both skills.
    public init(_ skills: [Skill]) throws(TaxonomyError) {
        self.skills = skills
        var indexByID: [String: Int] = [:]
        var names = NameIndex(rule: .wholeName)
        for (index, skill) in skills.enumerated() {
            indexByID[skill.id] = index
            if let conflict = names.insert(id: skill.id, names: skill.indexedNames).first {
                throw .ambiguousName(conflict.name, conflict.id, conflict.otherID)
            }
        }
        self.indexByID = indexByID
        self.names = names
    }

    /// The skill with this id.
    public func skill(id: String) -> Skill? { indexByID[id].map { skills[$0] } }

    /// The skill's label in `language`, without copying the whole skill (a class list asks for thousands).
    public func label(of id: String, in language: Language) -> String? { indexByID[id].map { skills[$0].label[language] } }

    /// Position of the skill in `skills` — its column in skill vectors.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// Resolves an id, label or synonym in any language to a skill id.
    public func resolve(_ name: String) -> String? {
        if indexByID[name] != nil { return name }  // the common case, without normalising
        return names.exactMatch(name)?.id
    }

    /// Ids of up to `limit` skills a name may mean, best first, for "did you mean …".
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        names.matches(name, limit: limit).map(\.id)
    }
}

extension Skill {
    /// The skill's labels, synonyms and id, as `NameIndex` takes them (an id that is also a name, "python",
    /// is found as the name).
    var indexedNames: [NameIndex.Name] {
        Language.allCases.map { NameIndex.Name(label[$0], $0, .label) }
            + Language.allCases.flatMap { language in (synonyms[language] ?? []).map { NameIndex.Name($0, language, .synonym) } }
            + [NameIndex.Name(id, .en, .id)]
    }
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
