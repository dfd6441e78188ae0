import Allocation
import Foundation
import Localization
import Matcher
import Profiles

/// An allocation's summary for the department, and its export for employers.
public struct AllocationResult: Sendable {
    public let batch: BatchMatch
    public let method: BatchMatch.Method
    public let students: [Student]
    public let names: Names

    public init(batch: BatchMatch, method: BatchMatch.Method, students: [Student], names: Names) {
        self.batch = batch
        self.method = method
        self.students = students
        self.names = names
    }

    public struct Summary: Sendable, Encodable {
        public var method: String
        public var places: Int
        public var placed: PersonCount
        public var unplaced: PersonCount
        public var fillRate: Double
        public var totalFit: Double
        public var blockingPairs: Int
        public var unplacedReasons: [String: PersonCount]
        /// Unplaced students (pseudonymous ids, for the department) with the reason.
        public var unplacedStudents: [Unplaced]
    }
    public struct Unplaced: Sendable, Encodable { public var student: String, reason: UnplacedReason }
    public struct Placement: Sendable, Encodable { public var candidate: String, vacancyID: String, enterpriseID: String, kind: String, score: Double }

    public var summary: Summary {
        let allocation = batch.allocation
        let unplaced = students.indices.compactMap { index in allocation.unplacedReason[index].map { Unplaced(student: students[index].id, reason: $0) } }
        var reasons: [String: Int] = [:]
        for entry in unplaced { reasons[entry.reason.rawValue, default: 0] += 1 }
        // The summary is the department's: its counts are exact (DisclosureRule).
        let count = { (value: Int) in DisclosureRule.count(value, of: .notShown, for: .department) }
        return Summary(method: method.rawValue, places: batch.problem.totalCapacity, placed: count(allocation.placedCount),
                       unplaced: count(unplaced.count), fillRate: allocation.fillRate,
                       totalFit: (allocation.totalFit * 1000).rounded() / 1000,
                       blockingPairs: allocation.blockingPairs(in: batch.problem).count,
                       unplacedReasons: reasons.mapValues(count), unplacedStudents: unplaced)
    }

    /// The placements as an employer may receive them: per-enterprise pseudonyms, never the student id;
    /// by vacancy, best score first.
    public func placements(pseudonym: (_ studentID: String, _ enterpriseID: String) -> String) -> [Placement] {
        students.indices.compactMap { index -> Placement? in
            guard let place = batch.allocation.placeOf[index] else { return nil }
            let vacancy = batch.vacancies[place]
            let score = Double(batch.allocation.studentsAt[place].first { $0.index == index }?.score ?? 0)
            return Placement(candidate: pseudonym(students[index].id, vacancy.enterpriseID), vacancyID: vacancy.id,
                             enterpriseID: vacancy.enterpriseID, kind: vacancy.kind.rawValue, score: (score * 1000).rounded() / 1000)
        }.sorted { ($0.vacancyID, -$0.score, $0.candidate) < ($1.vacancyID, -$1.score, $1.candidate) }
    }
}
