import Matcher
import Profiles
import ScoringCore

/// The batch match report for an education department or chamber of entrepreneurs: demand versus
/// supply by specialty and region, enterprises' fill rates, unfilled places with the skills their best
/// candidates lack, and per-college placement. Names are already in the report's language.
/// Counts of persons are `PersonCount`s (suppressed below 10); places and seats are plain numbers.
public struct MatchReport: Sendable, Codable {
    public var title: String
    public var language: Language
    /// The region the report covers (its name), or nil for the whole country.
    public var scope: String?
    /// ISO date the report was made, e.g. 2026-11-23.
    public var date: String
    public var modelVersion: String
    public var summary: Summary
    public var bySpecialty: [SpecialtyRow]
    public var byRegion: [RegionRow]
    public var enterprises: [EnterpriseRow]
    /// Vacancies with places left, and those with 1–9 placed (full or not: see `ReportBuilder.lists`).
    public var unfilled: [UnfilledRow]
    public var trainingNeeds: [TrainingNeedRow]
    public var colleges: [CollegeRow]

    /// Totals. A total that a table's rows add up to is withheld (nil) where, with the other figures, it
    /// would narrow a row shown as "<10" too far (`DisclosureRule.complements(in:)`).
    public struct Summary: Sendable, Codable {
        /// Students in scope; withheld where it would give a region's "<10" away.
        public var students: PersonCount?
        public var vacancies: Int
        /// Places offered: job headcount plus internship and dual places.
        public var places: Int
        public var collegeSeats: Int
        /// People placed; withheld where it would give an enterprise's or a vacancy's "<10" away.
        public var placed: PersonCount?
        /// Placed / places, 0–1; withheld with `placed`.
        public var fillRate: Double?
        /// Mean fit of the placed students, 0–1.
        public var meanFit: Double
    }

    public struct SpecialtyRow: Sendable, Codable {
        public var specialtyID: String
        public var code: String?
        public var name: String
        /// Places in vacancies listing the specialty, by kind.
        public var jobPlaces: Int
        public var internshipPlaces: Int
        public var dualPlaces: Int
        public var demand: Int { jobPlaces + internshipPlaces + dualPlaces }
        /// Students and graduates of the specialty with at least a good fit to one of those vacancies.
        public var candidates: PersonCount
        /// Yearly college seats for the specialty.
        public var seats: Int
        /// demand − candidates: places that today's candidates cannot fill (seats are next years' supply).
        public var gap: Gap
    }

    public struct RegionRow: Sendable, Codable {
        public var regionID: String
        public var name: String
        public var demand: Int
        public var candidates: PersonCount
        public var seats: Int
        public var gap: Gap
        /// Withheld (nil) where it would give another region's "<10" away through the country's total.
        public var students: PersonCount?
    }

    public struct EnterpriseRow: Sendable, Codable {
        public var enterpriseID: String
        public var name: String
        public var region: String
        public var places: Int
        /// Withheld (nil) where, with the region's total, it would give a vacancy's or another enterprise's "<10" away.
        public var filled: PersonCount?
        /// filled / places, 0–1; nil when `filled` is suppressed or withheld (a rate would reveal the count).
        public var fillRate: Double?
    }

    public struct UnfilledRow: Sendable, Codable {
        public var vacancyID: String
        public var title: String
        public var enterprise: String
        public var region: String
        public var kind: Vacancy.Kind
        public var places: Int
        /// places − people placed; a range within 0 … places where those placed are 1–9.
        public var unfilled: Gap
        /// Names of the skills most often missing or too low among the vacancy's best candidates.
        public var missingSkills: [String]
    }

    public struct TrainingNeedRow: Sendable, Codable {
        public var skillID: String
        public var name: String
        /// Unfilled vacancies whose best candidates lack this skill.
        public var vacancies: Int
        /// Unfilled places in those vacancies; a range where some vacancy's placed are 1–9.
        public var places: Gap
        /// Best candidates (of unfilled vacancies) who lack it, each person once however many of those vacancies they are near.
        public var candidatesLacking: PersonCount
    }

    public struct CollegeRow: Sendable, Codable {
        public var collegeID: String
        public var name: String
        public var region: String
        public var seats: Int
        /// Its students and graduates in the cohort.
        public var students: PersonCount
        public var placed: PersonCount
        /// placed / students, 0–1; nil when either count is suppressed or there are no students.
        public var placementRate: Double?
    }
}
