import Profiles
import ScoringCore

extension VacancyMatcher {
    /// The best `k` students of every vacancy, and how many students each rule excludes from it, counted
    /// in the same pass that ranks them. Every student meets every vacancy (no blocks: the counts need
    /// every pair), so this is for a shortlist's few vacancies; the batch uses `match`.
    /// - Parameters:
    ///   - students: in id order.
    ///   - progress: called with the number of students scored so far, a batch at a time.
    /// - Complexity: O(students × vacancies × width) multiply-adds; memory O(batchSize × width + vacancies × (width + k)).
    public func shortlists(_ students: [Student], k: Int,
                           progress: ((Int) -> Void)? = nil) throws -> (best: [[Ranked]], counts: [ExclusionCounts]) {
        var best = [[Ranked]](repeating: [], count: vacancies.count)
        var counts = [ExclusionCounts](repeating: ExclusionCounts(), count: vacancies.count)
        guard !vacancies.isEmpty else { return (best, counts) }
        let space = space, vacancies = vacancies
        let items = try Self.matrix(rows: vacancies.count, columns: space.vacancyWidth) { row, buffer in
            space.writeVacancyItem(vacancies[row], interestCode: interestCode(of: vacancies[row]), into: buffer)
        }
        let gateItems = space.gateWidth == 0 ? nil : try Self.matrix(rows: vacancies.count, columns: space.gateWidth) { row, buffer in
            space.writeGateItem(vacancies[row], into: buffer)
        }
        for start in stride(from: 0, to: students.count, by: batchSize) {
            let batch = Array(students[start..<min(start + batchSize, students.count)])
            let queries = try Self.matrix(rows: batch.count, columns: space.vacancyWidth) { row, buffer in
                space.writeVacancyQuery(batch[row], into: buffer)
            }
            let gate = try gateItems.map { items in
                try GateProduct(queries: Self.matrix(rows: batch.count, columns: space.gateWidth) { row, buffer in
                    space.writeGateQuery(batch[row], into: buffer)
                }, items: items)
            }
            let filter = EligibilityFilter(students: batch, vacancies: vacancies, rules: eligibility, regionIndex: regionIndex)
            let tiled = try ScoreTiler(options: tiling).run(queries: queries, items: items, gate: gate) { _ in
                ExclusionCountingCollector(
                    ColumnScaledCollector(RowColumnTopKCollector(rows: batch.count, columns: vacancies.count, rowK: 0, columnK: k,
                                                                 filter: filter), scales: scales),
                    filter: filter, columns: vacancies.count)
            }
            let columns = tiled.collector.inner.inner.columnResult
            for vacancy in vacancies.indices {
                let list = zip(columns.indices(of: vacancy), columns.scores(of: vacancy)).map { Ranked(index: start + Int($0), score: $1) }
                best[vacancy] = best[vacancy].mergedBest(with: list, k: k)
                counts[vacancy] = counts[vacancy] + tiled.collector.counts[vacancy]
            }
            progress?(start + batch.count)
        }
        return (best, counts)
    }
}
