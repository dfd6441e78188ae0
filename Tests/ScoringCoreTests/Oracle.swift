@testable import ScoringCore
import Profiles


/// Naive references the scoring core is checked against.
enum Oracle {
    /// Random matrix with values in -1...1.
    static func randomMatrix(rows: Int, columns: Int, using generator: inout SplitMix64) throws -> DenseMatrix {
        try DenseMatrix(rows: rows, columns: columns,
                        storage: (0..<rows * columns).map { _ in Float.random(in: -1...1, using: &generator) })
    }

    /// Matrix of small integers in `range`: every product and sum is exact in Float, so ties are exact.
    static func integerMatrix(rows: Int, columns: Int, in range: ClosedRange<Int> = -2...2,
                              using generator: inout SplitMix64) throws -> DenseMatrix {
        try DenseMatrix(rows: rows, columns: columns,
                        storage: (0..<rows * columns).map { _ in Float(Int.random(in: range, using: &generator)) })
    }

    /// `a × bᵀ` in double precision, row-major.
    static func scores(_ a: DenseMatrix, _ b: DenseMatrix) -> [Double] {
        var result = [Double](repeating: 0, count: a.rows * b.rows)
        for row in 0..<a.rows {
            for column in 0..<b.rows {
                var sum = 0.0
                for d in 0..<a.columns { sum += Double(a[row, d]) * Double(b[column, d]) }
                result[row * b.rows + column] = sum
            }
        }
        return result
    }

    /// The best `k` of `candidates` by score descending, then index ascending.
    static func top(_ candidates: [(score: Double, index: Int)], k: Int) -> [(score: Double, index: Int)] {
        Array(candidates.sorted { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }.prefix(k))
    }

    /// Per query row, the best `k` eligible items.
    static func rowTopK(_ queries: DenseMatrix, _ items: DenseMatrix, k: Int,
                        eligible: (Int, Int) -> Bool = { _, _ in true }) -> [[(score: Double, index: Int)]] {
        let all = scores(queries, items)
        return (0..<queries.rows).map { row in
            top((0..<items.rows).filter { eligible(row, $0) }.map { (all[row * items.rows + $0], $0) }, k: k)
        }
    }

    /// Per item, the best `k` eligible query rows.
    static func columnTopK(_ queries: DenseMatrix, _ items: DenseMatrix, k: Int,
                           eligible: (Int, Int) -> Bool = { _, _ in true }) -> [[(score: Double, index: Int)]] {
        let all = scores(queries, items)
        return (0..<items.rows).map { column in
            top((0..<queries.rows).filter { eligible($0, column) }.map { (all[$0 * items.rows + column], $0) }, k: k)
        }
    }

    /// Whether `result` holds exactly `expected` (indices equal, scores within `tolerance`), padded to k.
    static func matches(_ result: TopKResult, _ expected: [[(score: Double, index: Int)]], tolerance: Double = 1e-4) -> Bool {
        guard result.count == expected.count else { return false }
        for (list, entries) in expected.enumerated() {
            let indices = result.indices[list * result.k..<(list + 1) * result.k]
            let scores = result.scores[list * result.k..<(list + 1) * result.k]
            for (position, (index, score)) in zip(indices, scores).enumerated() {
                if position < entries.count {
                    let want = entries[position]
                    guard Int(index) == want.index, abs(Double(score) - want.score) <= tolerance else { return false }
                } else {
                    guard index == -1, score == -.infinity else { return false }
                }
            }
        }
        return true
    }
}

/// A test collector that keeps every score it sees, and counts visits, to check the tiler itself.
struct ScoreCapture: TopKCollector {
    let columns: Int
    var scores: [Float]
    var visits: [Int]
    var begun: Range<Int>?

    init(rows: Int, columns: Int) {
        self.columns = columns
        scores = Array(repeating: 0, count: rows * columns)
        visits = Array(repeating: 0, count: rows * columns)
    }

    mutating func begin(rows: Range<Int>) {
        precondition(begun == nil, "begin without end")
        begun = rows
    }

    mutating func add(_ tile: ScoreTile) {
        precondition(begun.map { tile.rows.clamped(to: $0) == tile.rows } ?? false, "tile outside begun rows")
        for row in tile.rows {
            for column in tile.columns {
                scores[row * columns + column] = tile.score(row: row, column: column)
                visits[row * columns + column] += 1
            }
        }
    }

    mutating func end() {
        begun = nil
    }

    mutating func merge(_ other: ScoreCapture) {
        for at in scores.indices where other.visits[at] > 0 {
            scores[at] = other.scores[at]
            visits[at] += other.visits[at]
        }
    }
}

/// Wraps a collector and counts the row tiles each worker began, to show that several workers shared a run.
struct RowTileTally<Inner: TopKCollector>: TopKCollector {
    var inner: Inner
    /// Row tiles begun, one entry per worker once the workers' collectors are merged.
    private(set) var rowTilesPerWorker = [0]

    init(_ inner: Inner) {
        self.inner = inner
    }

    mutating func begin(rows: Range<Int>) {
        rowTilesPerWorker[0] += 1
        inner.begin(rows: rows)
    }

    mutating func add(_ tile: ScoreTile) {
        inner.add(tile)
    }

    mutating func end() {
        inner.end()
    }

    mutating func merge(_ other: RowTileTally<Inner>) {
        inner.merge(other.inner)
        rowTilesPerWorker += other.rowTilesPerWorker
    }
}

/// Per-row and per-column lists compared bit for bit (`Float ==` would equate 0 and -0).
struct ExactTopK: Equatable, Sendable {
    let rowIndices: [Int32], rowScores: [UInt32], columnIndices: [Int32], columnScores: [UInt32]

    init(rows: TopKResult, columns: TopKResult) {
        rowIndices = rows.indices
        rowScores = rows.scores.map(\.bitPattern)
        columnIndices = columns.indices
        columnScores = columns.scores.map(\.bitPattern)
    }
}
