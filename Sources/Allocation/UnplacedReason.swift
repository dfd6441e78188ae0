/// Why a student ended up without a place.
public enum UnplacedReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The student's preference list is empty: no place was eligible.
    case noEligiblePlace
    /// The student had eligible places, but every one of them is full with students it ranks higher
    /// (a place with no seats counts as full).
    case outrankedEverywhere
}
