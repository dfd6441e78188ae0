import ScoringCore

/// What the specialty collector needs per pupil and per specialty to finish a score and to sort it into
/// the main list (taught within reach) or the "in demand here, taught elsewhere" list.
struct SpecialtyBatchContext: Sendable {
    let specialtyCount: Int
    /// Per specialty: 1/Z of the main product (as a double, so the division is exact to one rounding).
    let denominators: [Double]
    /// Pupil × specialty: the own-skills part (`SpecialtyModel.ownSkills`), computed per pupil beforehand.
    let ownSkills: [Double]
    /// Per pupil: their market's row in `prospects`, their scope's row in `reach`.
    let markets: [Int]
    let scopes: [Int]
    /// Market × specialty: the prospects index (two decimals) and whether any vacancy there wants it.
    let prospects: [Double]
    let wanted: [Bool]
    /// Scope × specialty: taught at a college within reach.
    let reach: [Bool]

    func isReachable(row: Int, column: Int) -> Bool { reach[scopes[row] * specialtyCount + column] }
    func isWanted(row: Int, column: Int) -> Bool { wanted[markets[row] * specialtyCount + column] }

    /// The score of a pair from the exact dot product of its linear parts (`SpecialtyModel.combine`).
    func score(row: Int, column: Int, linear: Float) -> (score: Double, prospectsCounted: Bool) {
        Self.score(linear: linear, denominator: denominators[column], ownSkills: ownSkills[row * specialtyCount + column],
                   prospects: prospects[markets[row] * specialtyCount + column])
    }

    /// The score from the pair's linear parts, own-skills part and prospects (two decimals): one formula
    /// for the ranking and for a recommendation's breakdown.
    static func score(linear: Float, denominator: Double, ownSkills: Double, prospects: Double) -> (score: Double, prospectsCounted: Bool) {
        let fit = Double(linear) / denominator + ScoringWeights.specialty.ownSkills * ownSkills
        return SpecialtyModel.combine(fit: fit, prospects: prospects)
    }
}

/// Keeps pairs taught within the pupil's reach, or only those out of reach that local work wants.
struct ReachFilter: PairFilter {
    let context: SpecialtyBatchContext
    let withinReach: Bool

    func isEligible(row: Int, column: Int) -> Bool {
        let reachable = context.isReachable(row: row, column: column)
        return withinReach ? reachable : !reachable && context.isWanted(row: row, column: column)
    }
}

/// Finishes the specialty model's scores on each tile — the product gives the linear parts; own skills
/// and prospects are added per pair — and ranks them into two lists per pupil.
struct SpecialtyCollector: TopKCollector {
    private(set) var withinReach: RowTopKCollector<ReachFilter>
    private(set) var outOfReach: RowTopKCollector<ReachFilter>
    private let context: SpecialtyBatchContext
    private let scratch = TileScratch()

    init(rows: Int, k: Int, outOfReachK: Int, context: SpecialtyBatchContext) {
        withinReach = RowTopKCollector(rows: rows, k: k, filter: ReachFilter(context: context, withinReach: true))
        outOfReach = RowTopKCollector(rows: rows, k: outOfReachK, filter: ReachFilter(context: context, withinReach: false))
        self.context = context
    }

    mutating func begin(rows: Range<Int>) {
        withinReach.begin(rows: rows)
        outOfReach.begin(rows: rows)
    }

    mutating func add(_ tile: ScoreTile) {
        let buffer = scratch.buffer(count: tile.scores.count)
        let width = tile.columns.count
        for (r, row) in tile.rows.enumerated() {
            for (c, column) in tile.columns.enumerated() {
                let i = r * width + c
                buffer[i] = Float(context.score(row: row, column: column, linear: tile.scores[i]).score)
            }
        }
        let finished = ScoreTile(rows: tile.rows, columns: tile.columns, scores: UnsafeBufferPointer(buffer), gate: nil)
        withinReach.add(finished)
        outOfReach.add(finished)
    }

    mutating func end() {
        withinReach.end()
        outOfReach.end()
    }

    mutating func merge(_ other: SpecialtyCollector) {
        withinReach.merge(other.withinReach)
        outOfReach.merge(other.outOfReach)
    }
}
