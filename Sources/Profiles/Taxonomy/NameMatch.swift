/// One record a typed phrase may name, with how it was found and how well it fits.
public struct NameMatch: Sendable, Hashable {
    /// How the phrase reached the record, best first.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// The phrase is the record's id.
        case id
        /// The phrase is one of the record's names (a skill's label, a region's or subject's name).
        case label
        /// The phrase is one of a skill's synonyms (or a region's centre).
        case synonym
        /// Words of the phrase and of a name share stems, in any order and form.
        case stems
        /// The phrase is spelled like a name or id (`SpellingIndex`).
        case spelling
    }

    /// The record's id.
    public var id: String
    /// The name (or id) that matched, as the catalogue writes it.
    public var name: String
    public var method: Method
    /// From 0 to 1: 1 for an exact name; 0.77–0.95 for stems shared with every word of the phrase, more
    /// for more of the name's words (less through a synonym than a label), 0.47–0.8 for some of the phrase's
    /// words; below 0.45 for spelling, less for more edits.
    public var score: Double
    /// Every word of the phrase shares a stem with a word of the record's names (always true of an exact name).
    public var coversPhrase: Bool
    /// One of the record's names has the phrase's words, no more and no fewer, in any order and form.
    public var coversName: Bool

    public init(id: String, name: String, method: Method, score: Double, coversPhrase: Bool, coversName: Bool) {
        self.id = id
        self.name = name
        self.method = method
        self.score = score
        self.coversPhrase = coversPhrase
        self.coversName = coversName
    }
}
