import Matcher
import ScoringCore
import Profiles

/// The size of a scoring problem: query rows × items × features.
struct ScoringShape: Sendable {
    let queryCount: Int
    let itemCount: Int
    let dimension: Int

    /// The shape the scoring-core benchmarks use: 8,192 × 4,096 × 256 (17.2 GFLOP per full product).
    static let standard = ScoringShape(queryCount: 8192, itemCount: 4096, dimension: 256)

    /// "8192x4096x256", for benchmark names.
    var name: String { "\(queryCount)x\(itemCount)x\(dimension)" }
}

/// Random query and item vectors for timing the scoring core alone: uniform in [0, 1), fixed seed,
/// so every run multiplies the same numbers.
struct RandomScoringProblem: Sendable {
    let queries: DenseMatrix
    let items: DenseMatrix

    /// Built once, on first use from a benchmark's setup, so never inside a measurement.
    static let standard = RandomScoringProblem(shape: .standard, seed: 42)

    init(shape: ScoringShape, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        // Values in [0, 1) are always finite, so the matrix checks cannot fail.
        queries = try! DenseMatrix(rows: shape.queryCount, columns: shape.dimension) { _, _ in Float(random.unit()) }
        items = try! DenseMatrix(rows: shape.itemCount, columns: shape.dimension) { _, _ in Float(random.unit()) }
    }
}
