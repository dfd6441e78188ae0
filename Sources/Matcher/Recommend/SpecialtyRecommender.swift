import Profiles
import ScoringCore
import Allocation

/// Ranks specialties for students by the specialty model (interests, aptitude, skills and demand where
/// the student would live), in one tiled matrix product.
public struct SpecialtyRecommender: Sendable {
    public let catalogue: Catalogue
    public let space: SkillSpace
    public let demand: DemandIndex
    public var tiling: TilingOptions
    public var batchSize: Int
    private let items: DenseMatrix
    private let scales: [Float]

    public init(catalogue: Catalogue, tiling: TilingOptions = TilingOptions(), batchSize: Int = 8192) throws {
        self.catalogue = catalogue
        let space = SkillSpace(catalogue: catalogue, vacancies: [], specialties: catalogue.specialties)
        let demand = DemandIndex(catalogue: catalogue)
        self.space = space
        self.demand = demand
        self.tiling = tiling
        self.batchSize = max(1, batchSize)
        var scales = [Float](repeating: 0, count: catalogue.specialties.count)
        items = try VacancyMatcher.matrix(rows: catalogue.specialties.count, columns: space.specialtyWidth) { row, buffer in
            let specialty = catalogue.specialties[row]
            scales[row] = space.writeSpecialtyItem(specialty, demand: { demand.index(specialty.id, region: $0) }, into: buffer)
        }
        self.scales = scales
    }

    /// The demand index the model uses for a student: their region, or the country if they would move anywhere.
    public func demandIndex(_ specialtyID: String, for student: Student) -> Double {
        demand.index(specialtyID, region: student.relocation == .country ? nil : student.regionID)
    }

    /// The best `k` specialties of every student, best first (ties by catalogue order, i.e. id).
    /// - Complexity: O(students × specialties × width); memory O(batchSize × width + students × k).
    public func recommend<S: Sequence>(_ students: S, k: Int) throws -> [[Ranked]] where S.Element == Student {
        guard k > 0 else { return students.map { _ in [] } }
        var lists: [[Ranked]] = []
        var batch: [Student] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            let queries = try VacancyMatcher.matrix(rows: batch.count, columns: space.specialtyWidth) { row, buffer in
                space.writeSpecialtyQuery(batch[row], into: buffer)
            }
            let run = try ScoreTiler(options: tiling).run(queries: queries, items: items) { _ in
                ColumnScaledCollector(RowTopKCollector(rows: batch.count, k: k, filter: AllPairsEligible()), scales: scales)
            }
            let result = run.collector.inner.result
            for row in 0..<batch.count {
                lists.append(zip(result.indices(of: row), result.scores(of: row)).map { Ranked(index: Int($0), score: $1) })
            }
            batch.removeAll(keepingCapacity: true)
        }
        for student in students {
            batch.append(student)
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        return lists
    }
}
