import Profiles
import ScoringCore
import Allocation

/// One specialty recommended to a pupil: the fit, its parts, why, what to learn, and where to study it.
public struct Recommendation: Sendable, Codable {
    public var specialtyID: String
    public var score: Double
    public var band: FitBand
    /// The score's parts with their weights (`SpecialtyPart` names); their contributions sum to `score`.
    public var parts: [Explanation.Part]
    /// Whether prospects counted: only for fits that are good without them.
    public var prospectsCounted: Bool
    /// Up to three reasons, strongest first.
    public var reasons: [Reason]
    /// Skills of the specialty the pupil does not yet have at its level: (skill id, has, needed).
    public var skillsToDevelop: [Explanation.SkillContribution]
    /// Colleges teaching it within the pupil's reach; for a specialty out of reach, where it is taught.
    public var colleges: [CollegeOffer]
    /// Work for it in the pupil's labour market: places at employers and college seats a year.
    public var places: Int
    public var seats: Int

    public struct CollegeOffer: Sendable, Codable, Hashable {
        public var collegeID: String
        public var regionID: String
        public var town: String
        public var seats: Int
        public var withinReach: Bool
    }

    /// A reason in structured form; the command line turns it into words in the chosen language.
    public enum Reason: Sendable, Codable, Hashable {
        /// The pupil's strongest interests that the specialty's Holland code shares.
        case interests([RIASEC])
        /// Key subjects in which the pupil has good grades.
        case grades([String])
        /// Skills the pupil already has that the specialty develops.
        case skills([String])
        /// Places for graduates against seats, where the pupil would work (nil region: whole country).
        case demand(regionID: String?, places: Int, seats: Int)
    }
}

/// Everything a pupil is advised: the ranking within reach, specialties wanted nearby but taught out of
/// reach, and whether their interests were flat (then the ranking rests on grades and skills).
public struct SpecialtyAdvice: Sendable, Codable {
    public var scope: SpecialtyReach.Scope
    public var interestsFlat: Bool
    public var recommendations: [Recommendation]
    public var outOfReach: [Recommendation]
}

extension SpecialtyRecommender {
    /// Turns a pupil's ranking into advice with parts, reasons, gaps and colleges.
    public func advice(for student: Student, ranking: Ranking) -> SpecialtyAdvice {
        let scope = SpecialtyReach.Scope(of: student)
        let terms = PupilTerms(student, self)
        return SpecialtyAdvice(scope: scope, interestsFlat: SpecialtyModel.isFlat(student.interests),
                               recommendations: ranking.withinReach.map { recommendation(student, $0, scope, terms) },
                               outOfReach: ranking.outOfReach.map { recommendation(student, $0, scope, terms) })
    }

    private func recommendation(_ student: Student, _ entry: Ranked, _ scope: SpecialtyReach.Scope, _ terms: PupilTerms) -> Recommendation {
        let specialty = catalogue.specialties[entry.index]
        let (score, parts, counted) = breakdown(student, specialty: entry.index, terms: terms)
        let market = SpecialtyReach.market(of: student)
        let (places, seats) = demand.counts(specialty.id, region: market)
        let coverage = Explainer.contributions(held: terms.held, specialty.skills.map { ($0.skillID, $0.level, 1, false) },
                                               scale: ScoringWeights.specialty.skills)
        return Recommendation(
            specialtyID: specialty.id, score: score, band: FitBand(specialtyScore: score), parts: parts, prospectsCounted: counted,
            reasons: reasons(student, specialty, parts, counted ? (market, places, seats) : nil),
            skillsToDevelop: coverage.filter { !$0.isMatched }.sorted { ($0.gap, $1.skillID) > ($1.gap, $0.skillID) },
            colleges: reach.colleges(teaching: specialty.id, scope: scope, regionID: student.regionID).map { college in
                .init(collegeID: college.id, regionID: college.regionID, town: college.town,
                      seats: college.offerings.first { $0.specialtyID == specialty.id }?.seatsPerYear ?? 0,
                      withinReach: scope.contains(college))
            },
            places: places, seats: seats)
    }

    private func reasons(_ student: Student, _ specialty: Specialty, _ parts: [Explanation.Part],
                         _ demand: (region: String?, places: Int, seats: Int)?) -> [Recommendation.Reason] {
        let contribution = Dictionary(uniqueKeysWithValues: parts.map { ($0.name, $0.contribution) })
        var candidates: [(Double, Recommendation.Reason)] = []
        let shared = specialty.interestCode.filter { student.interests[$0] >= 0.6 }
        if !shared.isEmpty, !SpecialtyModel.isFlat(student.interests) {
            candidates.append((contribution[SpecialtyPart.interests.rawValue] ?? 0, .interests(shared)))
        }
        let strong = specialty.keySubjects.filter { (student.grades[$0] ?? 0) >= 4 }
        if !strong.isEmpty { candidates.append((contribution[SpecialtyPart.aptitude.rawValue] ?? 0, .grades(strong))) }
        let taught = Set(specialty.skills.map(\.skillID))
        let held = student.skills.filter { taught.contains($0.skillID) }
            .sorted { (ScoringWeights.confidence($0.evidence) * Double($0.level), $1.skillID) > (ScoringWeights.confidence($1.evidence) * Double($1.level), $0.skillID) }
        if !held.isEmpty {
            let weight = (contribution[SpecialtyPart.ownSkills.rawValue] ?? 0) + (contribution[SpecialtyPart.skills.rawValue] ?? 0)
            candidates.append((weight, .skills(held.prefix(3).map(\.skillID))))
        }
        if let demand, demand.places > 0 {
            candidates.append((contribution[SpecialtyPart.prospects.rawValue] ?? 0, .demand(regionID: demand.region, places: demand.places, seats: demand.seats)))
        }
        return candidates.sorted { $0.0 > $1.0 }.prefix(3).map(\.1)
    }
}
