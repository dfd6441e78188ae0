import Profiles

/// What a phrase, as a person typed it, names in the skill taxonomy (`match-cli skills search`).
public struct SkillSearchRequest: Sendable, Hashable {
    public var text: String
    /// How many candidates to list, at most.
    public var limit: Int
    public var language: Language

    public init(text: String, limit: Int = 10, language: Language = .ru) {
        self.text = text
        self.limit = limit
        self.language = language
    }
}

extension MatchEngine {
    /// The skills the phrase may name, ranked as an import ranks them (`NameIndex`), with what an import
    /// would do with it. Reads the catalogue only.
    public func skillSearch(_ request: SkillSearchRequest) throws -> SkillSearch {
        let taxonomy = try store.catalogue().taxonomy
        return SkillSearch(text: request.text, resolution: taxonomy.names.resolve(request.text),
                           candidates: taxonomy.names.matches(request.text, limit: request.limit),
                           taxonomy: taxonomy, language: request.language)
    }
}
