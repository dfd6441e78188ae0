/// How good a fit is, in words a schoolchild understands. Bands are fixed score ranges, so "great"
/// means the same for everyone (Docs/Scoring.md).
public enum FitBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case fair, good, great, best

    /// Lower score bound of each band.
    public static let thresholds: [(FitBand, Double)] = [(.best, 0.65), (.great, 0.55), (.good, 0.45)]

    public init(score: Double) {
        self = Self.thresholds.first { score >= $0.1 }?.0 ?? .fair
    }

    public static func < (a: FitBand, b: FitBand) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
