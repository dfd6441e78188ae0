import Matcher

extension Eligibility.Reason {
    /// The groups of reasons an exclusion summary counts, in the order it lists them. The raw values
    /// are the keys of the shortlist's JSON summary.
    public enum Category: String, Sendable, Hashable, CaseIterable, Codable, CodingKeyRepresentable {
        case region, age, stage, consent, mustHave = "must-have"
    }

    /// This reason's group in an exclusion summary.
    public var summaryCategory: Category {
        switch self {
        case .region: .region
        case .age: .age
        case .stage: .stage
        case .consent: .consent
        case .mustHave: .mustHave
        }
    }
}
