import Profiles
import ScoringCore
import Allocation

/// The scoring model's weights (Docs/Scoring.md). Every score is a weighted sum of parts that each lie
/// in [0, 1], with weights summing to 1, so a score means the same thing everywhere.
///
/// The weights are fixed, round numbers on purpose: they let every feature be a small whole number,
/// so `cblas_sgemm` sums them *exactly* in float whatever the tile sizes or thread count, and results
/// are bit-for-bit reproducible (see `SkillSpace`).
public enum ScoringWeights {
    /// Bumped whenever a weight or formula changes; written into every audit record.
    /// 2026.11-3: the specialty model of issue 11 — reach first, centred interests, the pupil's own
    /// skills, prospects that only reorder good fits.
    public static let modelVersion = "2026.11-3"

    /// Vacancy fit = 0.8 × skill fit + 0.2 × interest fit.
    public static let vacancySkills = 0.8
    public static let vacancyInterests = 0.2

    /// Specialty fit: the standard weights of `SpecialtyWeights` (Docs/Scoring.md).
    public static let specialty = SpecialtyWeights.standard

    /// How much of a skill level counts, in tenths, by what shows it: a certificate, an internship or a
    /// competition result at face value, a course a little less, a self-assessment less again.
    public static func confidenceTenths(_ evidence: StudentSkill.Evidence) -> Int {
        switch evidence {
        case .selfReported: 8
        case .course: 9
        case .certificate, .internship, .competition: 10
        }
    }

    public static func confidence(_ evidence: StudentSkill.Evidence) -> Double { Double(confidenceTenths(evidence)) / 10 }

    /// Weight, in tenths, of the first, second and third letter of a Holland code or key subject.
    public static func positionalTenths(count: Int) -> [Int] {
        switch count {
        case 0: []
        case 1: [10]
        case 2: [6, 4]
        default: [5, 3, 2] + Array(repeating: 0, count: count - 3)
        }
    }

    /// Interest scores are used to two decimals (hundredths), demand indices likewise.
    public static func hundredths(_ value: Double) -> Int { Int((min(1, max(0, value)) * 100).rounded()) }

    /// The smallest whole number `B` that turns every part's `weight / unit` into a whole multiplier
    /// `weight × B / unit`: the common denominator that lets `SkillSpace` write whole-number features.
    /// Stops the program if the weights admit none below a million (a programming error in the weights).
    static func wholeScale(_ parts: [(weight: Double, unit: Int)]) -> Int {
        let scale = (1...1_000_000).first { scale in
            parts.allSatisfy { isWhole($0.weight * Double(scale) / Double($0.unit)) }
        }
        guard let scale else { preconditionFailure("scoring weights \(parts) have no whole-number scale below a million") }
        return scale
    }

    /// `weight × scale / unit`, which `wholeScale` made whole.
    static func wholeMultiplier(_ weight: Double, unit: Int, scale: Int) -> Int {
        let value = weight * Double(scale) / Double(unit)
        precondition(isWhole(value), "weight \(weight) × \(scale) / \(unit) is not whole")
        return Int(value.rounded())
    }

    private static func isWhole(_ value: Double) -> Bool { abs(value - value.rounded()) < 1e-9 }

    /// The weights as a dictionary, for audit records and JSON output.
    public static var all: [String: Double] {
        var weights = ["vacancy.skills": vacancySkills, "vacancy.interests": vacancyInterests]
        for part in SpecialtyPart.allCases { weights["specialty." + part.rawValue] = specialty[part] }
        return weights
    }
}
