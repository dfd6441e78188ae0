/// Holland's six interest types (Realistic, Investigative, Artistic, Social, Enterprising, Conventional),
/// in their order around the hexagon: neighbours are closer than opposites.
public enum RIASEC: String, Sendable, Hashable, Codable, CaseIterable {
    case realistic = "R", investigative = "I", artistic = "A", social = "S", enterprising = "E", conventional = "C"

    /// Position on the hexagon, 0–5.
    public var index: Int { Self.allCases.firstIndex(of: self)! }

    /// Steps between two types around the hexagon: 0 (same), 1 (adjacent), 2 (alternate) or 3 (opposite).
    public func distance(to other: RIASEC) -> Int {
        let d = abs(index - other.index)
        return min(d, 6 - d)
    }
}

/// A person's interest in each RIASEC type, each from 0 to 1 (e.g. from an interest inventory).
public struct InterestScores: Sendable, Hashable, Codable {
    public var values: [Double]

    public init(_ scores: [RIASEC: Double]) {
        values = RIASEC.allCases.map { scores[$0] ?? 0 }
    }

    public subscript(type: RIASEC) -> Double { values[type.index] }

    /// Spread (highest minus lowest of the six, at two decimals) below which a profile is flat: it says
    /// nothing about which work the pupil prefers, e.g. a questionnaire answered "like" throughout.
    public static let flatSpread = 0.15

    /// Whether the six scores are nearly equal (see `flatSpread`).
    public var isFlat: Bool {
        let hundredths = values.map { ($0 * 100).rounded() }
        return (hundredths.max() ?? 0) - (hundredths.min() ?? 0) < Self.flatSpread * 100 - 1e-9
    }
}
