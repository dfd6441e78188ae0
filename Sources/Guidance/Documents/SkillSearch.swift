import Profiles

/// The skills a phrase may name, best first, and what an import does with the phrase.
public struct SkillSearch: Sendable {
    public struct Candidate: Sendable, Codable, Hashable {
        public var rank: Int
        public var skillID: String
        /// The skill's label in the language asked for.
        public var label: String
        public var score: Double
        public var method: NameMatch.Method
        /// The name (or id) that matched, as the catalogue writes it.
        public var matchedName: String
    }

    public struct Document: Sendable, Codable, Hashable {
        public var text: String
        /// What an import does with the phrase: takes it for `skillID`, asks which of several, or reports it.
        public var outcome: NameResolution.Outcome
        /// The skill an import takes the phrase for, when `outcome` is `resolved`.
        public var skillID: String?
        public var candidates: [Candidate]
    }

    public let document: Document
    public let language: Language

    public init(text: String, resolution: NameResolution, candidates: [NameMatch], taxonomy: Taxonomy, language: Language) {
        self.language = language
        document = Document(
            text: text, outcome: resolution.outcome, skillID: resolution.id,
            candidates: candidates.enumerated().map { rank, match in
                Candidate(rank: rank + 1, skillID: match.id, label: taxonomy.skill(id: match.id)?.label[language] ?? match.id,
                          score: (match.score * 1000).rounded() / 1000, method: match.method, matchedName: match.name)
            })
    }
}
