/// One entry of the trilingual skill taxonomy.
public struct Skill: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var group: Group
    public var label: LocalizedText
    /// Other names a person may use for the skill, per language.
    public var synonyms: [Language: [String]]

    /// The kind of skill; reports group skills by it.
    public enum Group: String, Sendable, Hashable, Codable, CaseIterable {
        case technical, knowledge, transversal, language

        /// Whether a skill of this group points to a vocation. Teamwork or a language is worth having
        /// everywhere; welding or bookkeeping says which specialty a pupil is already on the way to.
        public var isVocational: Bool { self == .technical || self == .knowledge }
    }

    public init(id: String, group: Group, label: LocalizedText, synonyms: [Language: [String]] = [:]) {
        self.id = id
        self.group = group
        self.label = label
        self.synonyms = synonyms
    }

    /// Every name of the skill: its labels and synonyms in all three languages.
    public var allNames: [String] {
        Language.allCases.flatMap { [label[$0]] + (synonyms[$0] ?? []) }
    }
}
