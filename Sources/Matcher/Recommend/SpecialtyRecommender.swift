import Profiles
import ScoringCore
import Allocation

/// Ranks specialties for pupils by the specialty model (`SpecialtyModel`, Docs/Scoring.md): among those
/// taught at a college within the pupil's reach, and separately those out of reach that local work wants.
/// One tiled matrix product for the linear parts; own skills and prospects are added per pair.
public struct SpecialtyRecommender: Sendable {
    public let catalogue: Catalogue
    public let space: SkillSpace
    public let demand: DemandIndex
    public let reach: SpecialtyReach
    public var tiling: TilingOptions
    public var batchSize: Int
    private let items: DenseMatrix
    private let taughtLevels: [[String: Int]]
    private let denominators: [Double]
    /// Markets in the prospects tables: every region, then the whole country.
    private let marketIDs: [String?]
    private let prospects: [Double]
    private let wanted: [Bool]

    /// A pupil's two lists, best first (ties by catalogue order, i.e. id).
    public struct Ranking: Sendable, Hashable {
        /// Specialties taught at a college the pupil can reach.
        public var withinReach: [Ranked]
        /// Specialties no college within reach teaches, for which the pupil's labour market has work.
        public var outOfReach: [Ranked]
    }

    public init(catalogue: Catalogue, tiling: TilingOptions = TilingOptions(), batchSize: Int = 8192) throws {
        self.catalogue = catalogue
        let space = SkillSpace(catalogue: catalogue, vacancies: [], specialties: catalogue.specialties)
        let specialties = catalogue.specialties
        self.space = space
        demand = DemandIndex(catalogue: catalogue)
        reach = SpecialtyReach(catalogue: catalogue)
        self.tiling = tiling
        self.batchSize = max(1, batchSize)
        items = try VacancyMatcher.matrix(rows: specialties.count, columns: space.specialtyWidth) { row, buffer in
            space.writeSpecialtyItem(specialties[row], into: buffer)
        }
        taughtLevels = specialties.map(SpecialtyModel.taughtLevels)
        denominators = specialties.map { Double(space.specialtyDenominator($0)) }
        marketIDs = catalogue.regions.map(\.id) + [nil]
        let demand = demand
        prospects = marketIDs.flatMap { market in specialties.map { Double(ScoringWeights.hundredths(demand.index($0.id, region: market))) / 100 } }
        wanted = marketIDs.flatMap { market in specialties.map { demand.counts($0.id, region: market).places > 0 } }
    }

    /// The prospects index the model uses for a pupil: their labour market (`SpecialtyReach.market`).
    public func prospectsIndex(_ specialtyID: String, for student: Student) -> Double {
        demand.index(specialtyID, region: SpecialtyReach.market(of: student))
    }

    /// The best `k` specialties within reach of every pupil and the best `outOfReachK` out of reach.
    /// - Complexity: O(students × specialties × width); memory O(batchSize × width + students × k).
    public func recommend<S: Sequence>(_ students: S, k: Int, outOfReachK: Int = 3) throws -> [Ranking] where S.Element == Student {
        var rankings: [Ranking] = []
        var batch: [Student] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            rankings += try rank(batch, k: max(0, k), outOfReachK: max(0, outOfReachK))
            batch.removeAll(keepingCapacity: true)
        }
        for student in students {
            batch.append(student)
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        return rankings
    }

    private func rank(_ batch: [Student], k: Int, outOfReachK: Int) throws -> [Ranking] {
        let queries = try VacancyMatcher.matrix(rows: batch.count, columns: space.specialtyWidth) { row, buffer in
            space.writeSpecialtyQuery(batch[row], into: buffer)
        }
        // Most pupils record no vocational skill: their row stays zero.
        var ownSkills = [Double](repeating: 0, count: batch.count * taughtLevels.count)
        for (row, student) in batch.enumerated() {
            let vocational = SpecialtyModel.vocationalSkills(student, catalogue.taxonomy)
            guard !vocational.isEmpty else { continue }
            for (column, taught) in taughtLevels.enumerated() {
                ownSkills[row * taughtLevels.count + column] = SpecialtyModel.ownSkills(vocational, taught: taught)
            }
        }
        var scopeRows: [SpecialtyReach.Scope: Int] = [:]
        var reachMasks: [Bool] = []
        let scopes = batch.map { student in
            let scope = SpecialtyReach.Scope(of: student)
            if let row = scopeRows[scope] { return row }
            scopeRows[scope] = scopeRows.count
            reachMasks += reach.specialtyMask(scope)
            return scopeRows.count - 1
        }
        let marketRow = Dictionary(uniqueKeysWithValues: marketIDs.enumerated().map { ($1, $0) })
        let context = SpecialtyBatchContext(
            specialtyCount: catalogue.specialties.count, denominators: denominators, ownSkills: ownSkills,
            markets: batch.map { marketRow[SpecialtyReach.market(of: $0)] ?? marketIDs.count - 1 }, scopes: scopes,
            prospects: prospects, wanted: wanted, reach: reachMasks)
        let run = try ScoreTiler(options: tiling).run(queries: queries, items: items) { _ in
            SpecialtyCollector(rows: batch.count, k: k, outOfReachK: outOfReachK, context: context)
        }
        let within = run.collector.withinReach.result, outside = run.collector.outOfReach.result
        return batch.indices.map { row in
            Ranking(withinReach: Self.ranked(within, row), outOfReach: Self.ranked(outside, row))
        }
    }

    private static func ranked(_ result: TopKResult, _ row: Int) -> [Ranked] {
        zip(result.indices(of: row), result.scores(of: row)).map { Ranked(index: Int($0), score: $1) }
    }

    /// The parts of `student`'s score for the specialty at `index`, and the score itself, computed from the
    /// same whole-number vectors and the same `SpecialtyModel.combine` as the product, so it equals the
    /// ranked score exactly.
    public func breakdown(_ student: Student, specialty index: Int) -> (score: Double, parts: [Explanation.Part], prospectsCounted: Bool) {
        breakdown(student, specialty: index, terms: PupilTerms(student, self))
    }

    /// What a breakdown needs of a pupil whatever the specialty, computed once for all their recommendations:
    /// the non-zero entries of their query row, their vocational skills and their skills by id.
    struct PupilTerms {
        var query: [(column: Int, value: Double)] = []
        var vocational: [StudentSkill]
        var held: [String: StudentSkill]

        init(_ student: Student, _ recommender: SpecialtyRecommender) {
            var row = [Float](repeating: 0, count: recommender.space.specialtyWidth)
            row.withUnsafeMutableBufferPointer { recommender.space.writeSpecialtyQuery(student, into: $0) }
            for column in row.indices where row[column] != 0 { query.append((column, Double(row[column]))) }
            vocational = SpecialtyModel.vocationalSkills(student, recommender.catalogue.taxonomy)
            held = SpecialtyModel.held(student)
        }
    }

    func breakdown(_ student: Student, specialty index: Int, terms: PupilTerms) -> (score: Double, parts: [Explanation.Part], prospectsCounted: Bool) {
        let specialty = catalogue.specialties[index]
        var linear = 0.0  // whole numbers below 2²⁴: exact in any order, as in the product
        for (column, value) in terms.query { linear += value * Double(items[index, column]) }
        let ownSkills = SpecialtyModel.ownSkills(terms.vocational, taught: taughtLevels[index])
        let prospects = prospectsIndex(specialty.id, for: student)
        let (score, counted) = SpecialtyBatchContext.score(linear: Float(linear), denominator: denominators[index], ownSkills: ownSkills,
                                                           prospects: Double(ScoringWeights.hundredths(prospects)) / 100)
        let values = SpecialtyModel.parts(student, specialty, prospects: prospects, held: terms.held, ownSkills: ownSkills)
        let weights = ScoringWeights.specialty
        let parts = SpecialtyPart.allCases.map { part in
            Explanation.Part(name: part.rawValue, value: part == .prospects && !counted ? 0 : values[part]!, weight: weights[part])
        }
        return (Double(Float(score)), parts, counted)
    }
}
