/// How good a fit is, in words a schoolchild understands. Bands are fixed score ranges, so "great"
/// means the same for everyone; vacancies and specialties each have their own, calibrated on the
/// distribution of their scores (Docs/Scoring.md).
public enum FitBand: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case fair, good, great, best

    /// Lower score bound of each band for vacancy fits.
    public static let thresholds: [(FitBand, Double)] = [(.best, 0.65), (.great, 0.55), (.good, 0.45)]

    /// Lower score bound of each band for specialty recommendations.
    public static let specialtyThresholds: [(FitBand, Double)] = [(.best, 0.55), (.great, 0.47), (.good, 0.4)]

    /// The band of a vacancy fit.
    public init(score: Double) {
        self = Self.band(score, Self.thresholds)
    }

    /// The band of a specialty recommendation's score.
    public init(specialtyScore score: Double) {
        self = Self.band(score, Self.specialtyThresholds)
    }

    /// The lower bound of `band` for specialty scores (0 for `fair`).
    public static func specialtyThreshold(_ band: FitBand) -> Double {
        specialtyThresholds.first { $0.0 == band }?.1 ?? 0
    }

    private static func band(_ score: Double, _ thresholds: [(FitBand, Double)]) -> FitBand {
        thresholds.first { score >= $0.1 - 1e-9 }?.0 ?? .fair
    }

    public static func < (a: FitBand, b: FitBand) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
