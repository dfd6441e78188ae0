import Foundation
import Localization
import Matcher
import Profiles

/// Specialty recommendations as a table, JSON or CSV (shapes in Docs/Output.md).
public struct SpecialtyRecommendations: Sendable {
    public init(student: Student, advice: SpecialtyAdvice, names: Names) {
        self.student = student
        self.advice = advice
        self.names = names
    }

    public let student: Student
    public let advice: SpecialtyAdvice
    public let names: Names

    public var results: [Recommendation] { advice.recommendations }

    public struct Item: Sendable, Encodable {
        public var rank: Int
        public var specialtyID: String
        public var code: String?
        public var name: String
        public var score: Double
        /// best, great, good or fair
        public var band: String
        /// The band in the chosen language.
        public var bandLabel: String
        /// The score's parts; their contributions (three decimals) sum to `score` exactly.
        public var parts: [ScorePart]
        public var prospectsCounted: Bool
        public var reasons: [String]
        public var skillsToDevelop: [SkillGap]
        public var colleges: [CollegeSeats]
        /// Work for it in the pupil's labour market.
        public var places: Int
        public var seats: Int
    }

    public struct SkillGap: Sendable, Encodable { public var skillID: String, name: String, has: Int, needed: Int }
    /// A college teaching the specialty: within reach, or, for the out-of-reach list, where it is taught.
    public struct CollegeSeats: Sendable, Encodable {
        public var collegeID: String, name: String, region: String, town: String, seats: Int, withinReach: Bool
        /// "Name, Town (seats)", as the table and CSV list it.
        public var listed: String { "\(name), \(town) (\(seats))" }
    }
    public struct Document: Sendable, Encodable {
        public var student: String, stage: String, region: String, town: String?
        /// Where the pupil can study, as the main list is limited to it: `town`, `region` or `country`.
        public var reach: String
        public var interestsFlat: Bool
        public var modelVersion: String
        public var recommendations: [Item]
        /// Specialties wanted in the pupil's labour market that no college within reach teaches.
        public var inDemandOutOfReach: [Item]
    }

    public var items: [Item] { items(advice.recommendations) }
    public var outOfReachItems: [Item] { items(advice.outOfReach) }

    private func items(_ results: [Recommendation]) -> [Item] {
        results.enumerated().map { rank, result in
            let score = (result.score * 1000).rounded() / 1000
            return Item(rank: rank + 1, specialtyID: result.specialtyID,
                 code: names.specialtyCode(result.specialtyID),
                 name: names.specialty(result.specialtyID), score: score,
                 band: result.band.rawValue, bandLabel: names.words.name(of: result.band),
                 parts: ScorePart.parts(result.parts, total: score) { names.words.name(of: SpecialtyPart(rawValue: $0)!) },
                 prospectsCounted: result.prospectsCounted, reasons: result.reasons.map(text),
                 skillsToDevelop: result.skillsToDevelop.map { SkillGap(skillID: $0.skillID, name: names.skill($0.skillID), has: $0.studentLevel, needed: $0.required) },
                 colleges: result.colleges.map {
                     CollegeSeats(collegeID: $0.collegeID, name: names.college($0.collegeID), region: names.region($0.regionID),
                                  town: $0.town, seats: $0.seats, withinReach: $0.withinReach)
                 },
                 places: result.places, seats: result.seats)
        }
    }

    public func text(_ reason: Recommendation.Reason) -> String {
        let words = names.words
        switch reason {
        case .interests(let types):
            return words.matchesInterests(types.map(words.name(of:)).joined(separator: ", "))
        case .grades(let subjects):
            return words.goodGrades(subjects.map(names.subject).joined(separator: ", "))
        case .skills(let skills):
            return words.skillsYouHave(skills.map(names.skill).joined(separator: ", "))
        case .demand(let region, let places, let seats):
            return words.demand(in: names.region(region), places: places, seats: seats)
        }
    }

    /// Where the pupil can study, in words.
    public var reachText: String { names.words.withinReach(advice.scope, regionName: names.region(student.regionID)) }

    public var document: Document {
        let reach = switch advice.scope { case .town: "town"; case .region: "region"; case .country: "country" }
        return Document(student: student.id, stage: student.stage.name, region: student.regionID, town: student.town, reach: reach,
                        interestsFlat: advice.interestsFlat, modelVersion: ScoringWeights.modelVersion,
                        recommendations: items, inDemandOutOfReach: outOfReachItems)
    }
}
