import Foundation
import Profiles

/// A run's summary as the department sees it: counts only — no student id and no pseudonym, so nothing
/// in it is about one pupil — with the seats filled per enterprise and per specialty.
extension AllocationResult {
    /// The places of one enterprise or specialty and how many of them the run filled.
    public struct Filled: Sendable, Encodable {
        public var id: String
        public var name: String
        public var places: Int
        public var placed: PersonCount
    }

    public struct Aggregates: Sendable, Encodable {
        public var method: String
        public var students: Int
        public var places: Int
        public var placed: PersonCount
        public var unplaced: PersonCount
        public var fillRate: Double
        public var totalFit: Double
        public var blockingPairs: Int
        /// Unplaced students by reason (`UnplacedReason`).
        public var unplacedReasons: [String: PersonCount]
        public var byEnterprise: [Filled]
        /// A vacancy counts under its first listed specialty (the one it is scored with), "—" for none.
        public var bySpecialty: [Filled]
    }

    /// The summary without its list of unplaced students, and the seats filled by enterprise and specialty.
    public var aggregates: Aggregates {
        let summary = summary
        var places: [String: Int] = [:], placed: [String: Int] = [:]
        var specialtyPlaces: [String: Int] = [:], specialtyPlaced: [String: Int] = [:]
        for (index, vacancy) in batch.vacancies.enumerated() {
            let filled = batch.allocation.studentsAt[index].count
            places[vacancy.enterpriseID, default: 0] += vacancy.headcount
            placed[vacancy.enterpriseID, default: 0] += filled
            let specialty = vacancy.specialtyIDs.first ?? Self.noSpecialty
            specialtyPlaces[specialty, default: 0] += vacancy.headcount
            specialtyPlaced[specialty, default: 0] += filled
        }
        // The department's counts are exact (DisclosureRule); ordered by places, then id.
        func rows(_ places: [String: Int], _ placed: [String: Int], name: (String) -> String) -> [Filled] {
            places.keys.sorted { (-places[$0]!, $0) < (-places[$1]!, $1) }.map { id in
                Filled(id: id, name: name(id), places: places[id]!,
                       placed: DisclosureRule.count(placed[id] ?? 0, of: .notShown, for: .department))
            }
        }
        return Aggregates(method: summary.method, students: students.count, places: summary.places, placed: summary.placed,
                          unplaced: summary.unplaced, fillRate: (summary.fillRate * 1000).rounded() / 1000, totalFit: summary.totalFit,
                          blockingPairs: summary.blockingPairs, unplacedReasons: summary.unplacedReasons,
                          byEnterprise: rows(places, placed, name: names.enterprise),
                          bySpecialty: rows(specialtyPlaces, specialtyPlaced) { $0 == Self.noSpecialty ? $0 : names.specialty($0) })
    }

    static let noSpecialty = "—"
}
