import Foundation
import Localization
import Matcher
import Profiles

/// The one-page result a pupil takes home (`match-cli result`, the web app's printable page): their
/// interest profile, the best specialties within reach with the score in plain words, the colleges and
/// their seats, the skills to develop and what to do next. It holds this pupil's data and the catalogue's,
/// nothing about any other pupil. Names are in `language`; Presentation renders it (`PupilResultPage`).
public struct PupilResult: Sendable, Codable {
    public var language: Language
    public var studentID: String
    /// School grade (7–11).
    public var grade: Int?
    public var region: String
    /// Where the pupil can study, as the list is limited to it, in words.
    public var reach: String
    public var interests: [Interest]
    /// How the interests were measured: the questionnaire's form and flags; nil when the pupil has not
    /// answered it (the scores then came with their record).
    public var questionnaire: Questionnaire?
    /// The six scores are nearly equal: the list rests on grades and skills.
    public var interestsFlat: Bool
    public var specialties: [Specialty]
    public var skillsToDevelop: [SkillToDevelop]
    public var nextSteps: [NextStep]
    public var modelVersion: String

    /// How much the page shows, so that it always fits one printed A4 page.
    public static let specialtiesShown = 3, collegesShown = 3, reasonsShown = 3, skillsShown = 5

    public struct Interest: Sendable, Codable, Hashable {
        public var type: RIASEC
        public var name: String
        /// 0–1.
        public var score: Double
    }

    public struct Questionnaire: Sendable, Codable, Hashable {
        public var form: QuestionnaireForm
        public var bankVersion: String
        public var flags: [QuestionnaireResult.Flag]
    }

    public struct Specialty: Sendable, Codable, Hashable {
        public var specialtyID: String
        public var code: String?
        public var name: String
        public var band: FitBand
        public var bandLabel: String
        public var score: Double
        /// The parts of the score that count, each with its share of the score (weight) and value.
        public var parts: [Part]
        public var reasons: [String]
        public var colleges: [College]
    }

    public struct Part: Sendable, Codable, Hashable {
        public var part: SpecialtyPart
        public var label: String
        /// The part's weight in the score, 0–1.
        public var weight: Double
        /// How well the pupil does on it, 0–1.
        public var value: Double
    }

    public struct College: Sendable, Codable, Hashable {
        public var collegeID: String
        public var name: String
        public var town: String
        public var seats: Int
    }

    public struct SkillToDevelop: Sendable, Codable, Hashable {
        public var skillID: String
        public var name: String
        public var has: Int
        public var needed: Int
        /// The specialties shown that ask for it, by their number on the page (1 for the first).
        public var specialties: [Int]
    }

    /// What the pupil can do next (Localization words each).
    public typealias NextStep = PupilStep
}
