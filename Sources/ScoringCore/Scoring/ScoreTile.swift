/// One tile of scores that `ScoreTiler` hands to a collector.
///
/// The buffers belong to the worker and are overwritten by the next tile: read them only during
/// `TopKCollector.add(_:)`.
public struct ScoreTile {
    /// Query rows of the tile (global indices).
    public let rows: Range<Int>
    /// Items of the tile (global indices).
    public let columns: Range<Int>
    /// Scores, row-major: pair (rows.lowerBound + r, columns.lowerBound + c) is at `r * columns.count + c`.
    public let scores: UnsafeBufferPointer<Float>
    /// Gate values laid out like `scores`, or `nil` when the run has no gate product.
    public let gate: UnsafeBufferPointer<Float>?

    /// Creates a tile view over buffers of `rows.count * columns.count` values.
    public init(rows: Range<Int>, columns: Range<Int>, scores: UnsafeBufferPointer<Float>, gate: UnsafeBufferPointer<Float>?) {
        precondition(scores.count == rows.count * columns.count, "tile buffer does not match its shape")
        precondition(gate.map { $0.count == scores.count } ?? true, "gate buffer does not match the tile")
        self.rows = rows
        self.columns = columns
        self.scores = scores
        self.gate = gate
    }

    /// The score of global pair (`row`, `column`).
    ///
    /// - Complexity: O(1).
    public func score(row: Int, column: Int) -> Float {
        scores[(row - rows.lowerBound) * columns.count + (column - columns.lowerBound)]
    }

    /// Whether the gate product leaves global pair (`row`, `column`) eligible.
    ///
    /// - Complexity: O(1).
    @inlinable
    public func passesGate(row: Int, column: Int) -> Bool {
        guard let gate else { return true }
        return gate[(row - rows.lowerBound) * columns.count + (column - columns.lowerBound)] <= GateProduct.ineligibleAbove
    }
}
