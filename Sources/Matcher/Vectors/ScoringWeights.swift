import Profiles

/// The scoring model's weights. Every score is a weighted sum of parts that each lie in [0, 1], with
/// weights summing to 1, so a score means the same thing everywhere. See Docs/Scoring.md.
public struct ScoringWeights: Sendable, Hashable, Codable {
    /// Vacancy fit = skills × skill fit + interests × interest fit.
    public var vacancySkills = 0.8
    public var vacancyInterests = 0.2
    /// Specialty fit (recommendations) = interests + aptitude + skills + demand.
    public var specialtyInterests = 0.4
    public var specialtyAptitude = 0.25
    public var specialtySkills = 0.15
    public var specialtyDemand = 0.2
    /// How much of a skill level counts, by what shows it: a certificate, an internship or a competition
    /// result is taken at face value, a course a little less, a self-assessment less again.
    public var evidenceConfidence: [StudentSkill.Evidence: Double] = [
        .selfReported: 0.8, .course: 0.9, .certificate: 1, .internship: 1, .competition: 1,
    ]
    /// Weight of the first, second and third letter of a Holland code.
    public var interestCodeWeights: [[Double]] = [[1], [0.6, 0.4], [0.5, 0.3, 0.2]]
    /// Weight of the first, second and third key subject of a specialty.
    public var keySubjectWeights: [[Double]] = [[1], [0.6, 0.4], [0.5, 0.3, 0.2]]

    /// Bumped whenever a weight or formula changes; written into every audit record.
    public static let modelVersion = "2026.11-1"

    public init() {}

    func confidence(_ evidence: StudentSkill.Evidence) -> Double { evidenceConfidence[evidence] ?? 1 }

    /// The weight of each position in a list of `count` (Holland letters or key subjects).
    static func positional(_ table: [[Double]], count: Int) -> [Double] {
        guard count > 0 else { return [] }
        if count <= table.count { return table[count - 1] }
        return Array(repeating: 1 / Double(count), count: count)
    }
}
