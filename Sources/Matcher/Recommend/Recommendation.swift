import Profiles
import ScoringCore
import Allocation

/// One specialty recommended to a student: the fit, why, what to learn, and where to study it.
public struct Recommendation: Sendable, Codable {
    public var specialtyID: String
    public var score: Double
    public var band: FitBand
    /// Up to three reasons, strongest first.
    public var reasons: [Reason]
    /// Skills of the specialty the student does not yet have at its level: (skill id, has, needed).
    public var skillsToDevelop: [Explanation.SkillContribution]
    /// Colleges teaching it in the student's region (or, if none, the largest elsewhere).
    public var colleges: [CollegeOffer]
    public var explanation: Explanation

    public struct CollegeOffer: Sendable, Codable, Hashable {
        public var collegeID: String
        public var regionID: String
        public var seats: Int
        public var inStudentRegion: Bool
    }

    /// A reason in structured form; the command line turns it into words in the chosen language.
    public enum Reason: Sendable, Codable, Hashable {
        /// The student's strongest interests that the specialty's Holland code shares.
        case interests([RIASEC])
        /// Key subjects in which the student has good grades.
        case grades([String])
        /// Skills the student already has that the specialty builds on.
        case skills([String])
        /// Places for graduates against seats, where the student would work (nil region: whole country).
        case demand(regionID: String?, places: Int, seats: Int)
    }
}

extension SpecialtyRecommender {
    /// Turns ranked specialties into recommendations with reasons, gaps and colleges.
    public func recommendations(for student: Student, ranked: [Ranked], referenceYear: Int) -> [Recommendation] {
        let explainer = Explainer(referenceYear: referenceYear)
        return ranked.map { entry in
            let specialty = catalogue.specialties[entry.index]
            let demandIndex = demandIndex(specialty.id, for: student)
            let explanation = explainer.explain(student, specialty, demand: demandIndex)
            return Recommendation(
                specialtyID: specialty.id, score: Double(entry.score), band: FitBand(score: Double(entry.score)),
                reasons: reasons(student, specialty, explanation),
                skillsToDevelop: explanation.gaps,
                colleges: colleges(teaching: specialty.id, near: student),
                explanation: explanation)
        }
    }

    private func reasons(_ student: Student, _ specialty: Specialty, _ explanation: Explanation) -> [Recommendation.Reason] {
        var candidates: [(Double, Recommendation.Reason)] = []
        let contribution = Dictionary(uniqueKeysWithValues: explanation.parts.map { ($0.name, $0.contribution) })
        let shared = specialty.interestCode.filter { student.interests[$0] >= 0.6 }
        if !shared.isEmpty { candidates.append((contribution["interests"] ?? 0, .interests(shared))) }
        let strong = specialty.keySubjects.filter { (student.grades[$0] ?? 0) >= 4 }
        if !strong.isEmpty { candidates.append((contribution["aptitude"] ?? 0, .grades(strong))) }
        let held = explanation.skills.filter { $0.studentLevel > 0 }.sorted { $0.contribution > $1.contribution }.map(\.skillID)
        if !held.isEmpty { candidates.append((contribution["skills"] ?? 0, .skills(Array(held.prefix(3))))) }
        let region = student.relocation == .country ? nil : student.regionID
        let (places, seats) = demand.counts(specialty.id, region: region)
        if places > 0 { candidates.append((contribution["demand"] ?? 0, .demand(regionID: region, places: places, seats: seats))) }
        return candidates.sorted { $0.0 > $1.0 }.prefix(3).map(\.1)
    }

    private func colleges(teaching specialtyID: String, near student: Student) -> [Recommendation.CollegeOffer] {
        let offers = catalogue.colleges.compactMap { college -> Recommendation.CollegeOffer? in
            guard let offering = college.offerings.first(where: { $0.specialtyID == specialtyID }) else { return nil }
            return .init(collegeID: college.id, regionID: college.regionID, seats: offering.seatsPerYear,
                         inStudentRegion: college.regionID == student.regionID)
        }
        let local = offers.filter(\.inStudentRegion).sorted { $0.seats > $1.seats }
        return local.isEmpty ? Array(offers.sorted { ($0.seats, $1.collegeID) > ($1.seats, $0.collegeID) }.prefix(3)) : local
    }
}
