import Foundation
import Matcher
import Profiles
import ScoringCore

/// A shard of a distributed batch run (`match-cli shard`): its students matched against a snapshot's
/// catalogue, with no database. Its lines, merged over all shards, are what one machine needs to allocate
/// and write the report as `match-cli report` does (`MergedReportRequest`).
public struct ShardRequest: Sendable {
    public var referenceYear: Int

    public init(referenceYear: Int = Calendar.currentYear) {
        self.referenceYear = referenceYear
    }

    /// Matches `students` (any order) and hands each output line to `write`: one per student (its best
    /// eligible vacancies, `BatchMatch.defaultPreferenceLength`), one per vacancy (its best eligible
    /// students and its near candidates among this shard's), then the shard's counts.
    /// - Complexity: two tiled passes over the shard's students × the vacancies, as `match-cli report` makes.
    public func run(snapshot: CatalogueSnapshot, students: [Student], write: (ShardLine) throws -> Void) throws {
        let catalogue = snapshot.catalogue
        // The matcher ranks ties by position: in id order, a shard's ties fall as they do in one run.
        let students = students.sorted { $0.id < $1.id }
        let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: referenceYear)
            .match(students, studentK: BatchMatch.defaultPreferenceLength, vacancyK: BatchMatch.defaultShortlistLength)
        // Every vacancy's near candidates: which vacancies the report lists depends on the allocation of all shards.
        let near = try BatchMatch.nearCandidates(catalogue: catalogue, vacancies: catalogue.vacancies, students: students,
                                                 referenceYear: referenceYear)
        var withoutVacancies = 0
        for (index, student) in students.enumerated() {
            let best = matches.bestVacancies(ofStudent: index)
            if best.isEmpty { withoutVacancies += 1 }
            try write(.student(student.id, vacancies: best.map { ShardLine.Entry(id: catalogue.vacancies[$0.index].id, score: $0.score) }))
        }
        let entries = { (list: [Ranked]) in list.map { ShardLine.Entry(id: students[$0.index].id, score: $0.score) } }
        for (index, vacancy) in catalogue.vacancies.enumerated() {
            try write(.vacancy(vacancy.id, shortlist: entries(matches.bestStudents[index]), near: entries(near[index])))
        }
        try write(.counts(.init(snapshot: snapshot.checksum, students: students.count, withoutVacancies: withoutVacancies,
                                multiplyAdds: matches.work.multiplyAdds)))
    }
}

extension MatchEngine {
    /// The snapshot of the store's catalogue a shard matches against (`match-cli snapshot`).
    public func catalogueSnapshot() throws -> CatalogueSnapshot {
        CatalogueSnapshot(catalogue: try store.catalogue())
    }
}
