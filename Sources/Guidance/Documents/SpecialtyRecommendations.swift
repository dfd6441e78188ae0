import Foundation
import Localization
import Matcher
import Profiles

/// Specialty recommendations as a table, JSON or CSV (shapes in Docs/Output.md).
public struct SpecialtyRecommendations: Sendable {
    public init(student: Student, results: [Recommendation], names: Names) {
        self.student = student
        self.results = results
        self.names = names
    }

    public let student: Student
    public let results: [Recommendation]
    public let names: Names

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
        public var reasons: [String]
        public var skillsToDevelop: [SkillGap]
        public var colleges: [CollegeSeats]
    }

    public struct SkillGap: Sendable, Encodable { public var skillID: String, name: String, has: Int, needed: Int }
    /// A college teaching the specialty; when none is in the student's region, the largest elsewhere.
    public struct CollegeSeats: Sendable, Encodable {
        public var collegeID: String, name: String, region: String, seats: Int, inStudentRegion: Bool
        /// "Name, Region (seats)", as the table and CSV list it.
        public var listed: String { "\(name), \(region) (\(seats))" }
    }
    public struct Document: Sendable, Encodable { public var student: String, stage: String, region: String, recommendations: [Item] }

    public var items: [Item] {
        results.enumerated().map { rank, result in
            Item(rank: rank + 1, specialtyID: result.specialtyID,
                 code: names.catalogue.specialties.first { $0.id == result.specialtyID }?.code,
                 name: names.specialty(result.specialtyID), score: (result.score * 1000).rounded() / 1000,
                 band: result.band.rawValue, bandLabel: names.words.name(of: result.band), reasons: result.reasons.map(text),
                 skillsToDevelop: result.skillsToDevelop.map { SkillGap(skillID: $0.skillID, name: names.skill($0.skillID), has: $0.studentLevel, needed: $0.required) },
                 colleges: result.colleges.map {
                     CollegeSeats(collegeID: $0.collegeID, name: names.college($0.collegeID), region: names.region($0.regionID),
                                  seats: $0.seats, inStudentRegion: $0.inStudentRegion)
                 })
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

    public var document: Document {
        Document(student: student.id, stage: student.stage.name, region: student.regionID, recommendations: items)
    }
}
