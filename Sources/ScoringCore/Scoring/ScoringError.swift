/// Why the scoring core refused its inputs.
public enum ScoringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A matrix was given `actual` values where its shape needs `expected`.
    case valueCountMismatch(rows: Int, columns: Int, actual: Int)
    /// A value at `row`, `column` is NaN or infinite; it must never reach BLAS.
    case nonFiniteValue(row: Int, column: Int, value: Float)
    /// Queries and items have vectors of different lengths.
    case dimensionMismatch(what: String, expected: Int, actual: Int)
    /// More rows or items than an `Int32` index can name.
    case tooManyIndices(what: String, count: Int)

    public var description: String {
        switch self {
        case let .valueCountMismatch(rows, columns, actual):
            "a \(rows) × \(columns) matrix needs \(rows * columns) values, got \(actual)"
        case let .nonFiniteValue(row, column, value):
            "value \(value) at row \(row), column \(column) is not finite"
        case let .dimensionMismatch(what, expected, actual):
            "\(what): expected \(expected), got \(actual)"
        case let .tooManyIndices(what, count):
            "\(count) \(what) exceed the Int32 index range of top-k results"
        }
    }
}
