/// What a typed phrase names: one record, several that the person must choose from, or none.
public enum NameResolution: Sendable, Hashable {
    /// The phrase names this record (an exact name or id, or — by `NameIndex.Rule` — its words).
    case resolved(NameMatch)
    /// Several records share all the phrase's words ("сварка": the welding skills), best first.
    case several([NameMatch])
    /// No record: the closest ones, best first, perhaps none.
    case unknown(suggestions: [NameMatch])

    /// Which of the three, without the matches.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        case resolved, several, unknown
    }

    public var outcome: Outcome {
        switch self {
        case .resolved: .resolved
        case .several: .several
        case .unknown: .unknown
        }
    }

    /// The id of a resolved phrase.
    public var id: String? {
        if case .resolved(let match) = self { return match.id }
        return nil
    }
}
