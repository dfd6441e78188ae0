/// The parts of a specialty recommendation's score (Docs/Scoring.md), in the order outputs list them.
public enum SpecialtyPart: String, Sendable, Hashable, Codable, CaseIterable {
    /// The pupil's six interest scores against the specialty's interest profile, centred.
    case interests
    /// School grades in the specialty's key subjects.
    case aptitude
    /// How much of the specialty's skills the pupil already has (coverage of its 10–14 skills).
    case skills
    /// How much of what the pupil already does (hobbies, courses, competitions) the specialty develops.
    case ownSkills = "own-skills"
    /// Work for the specialty's graduates in the pupil's labour market; counted only for good fits.
    case prospects
}

/// The weights of the specialty model: each part lies in [0, 1] and the weights sum to 1.
///
/// The weights of the three linear parts (interests, aptitude, skills) are round numbers on purpose: with
/// them every feature of `SkillSpace`'s specialty vectors is a small whole number (`SkillSpace.specialtyModel`). Other weights are for the sensitivity
/// analysis, which scores in double precision (`SpecialtyModel`).
public struct SpecialtyWeights: Sendable, Hashable, Codable {
    public var interests: Double
    public var aptitude: Double
    public var skills: Double
    public var ownSkills: Double
    public var prospects: Double

    public static let standard = SpecialtyWeights(interests: 0.35, aptitude: 0.2, skills: 0.15, ownSkills: 0.22, prospects: 0.08)

    public init(interests: Double, aptitude: Double, skills: Double, ownSkills: Double, prospects: Double) {
        self.interests = interests
        self.aptitude = aptitude
        self.skills = skills
        self.ownSkills = ownSkills
        self.prospects = prospects
    }

    public subscript(part: SpecialtyPart) -> Double {
        get {
            switch part {
            case .interests: interests
            case .aptitude: aptitude
            case .skills: skills
            case .ownSkills: ownSkills
            case .prospects: prospects
            }
        }
        set {
            switch part {
            case .interests: interests = newValue
            case .aptitude: aptitude = newValue
            case .skills: skills = newValue
            case .ownSkills: ownSkills = newValue
            case .prospects: prospects = newValue
            }
        }
    }

    /// These weights with `part`'s weight multiplied by `factor` and all of them rescaled to sum to 1.
    public func varying(_ part: SpecialtyPart, by factor: Double) -> SpecialtyWeights {
        var varied = self
        varied[part] *= factor
        let total = SpecialtyPart.allCases.reduce(0) { $0 + varied[$1] }
        for each in SpecialtyPart.allCases { varied[each] /= total }
        return varied
    }

    /// The weight of everything but prospects: a fit "without demand" is the score of those parts over it.
    public var withoutProspects: Double { 1 - prospects }
}
