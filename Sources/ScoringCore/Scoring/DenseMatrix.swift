/// A row-major matrix of finite `Float` values: the vectors that the scoring core multiplies.
///
/// Every value is checked on creation, so NaN or infinity never reaches `cblas_sgemm`.
public struct DenseMatrix: Sendable, Hashable {
    /// Number of rows (one vector per row).
    public let rows: Int
    /// Number of columns (the vector length).
    public let columns: Int
    /// The values, row after row: element (r, c) is `storage[r * columns + c]`.
    public let storage: [Float]

    /// Creates a matrix from row-major values.
    ///
    /// - Parameters:
    ///   - rows: Number of rows, at least 0.
    ///   - columns: Number of columns, at least 0.
    ///   - storage: `rows * columns` values, row after row.
    /// - Throws: `ScoringError.valueCountMismatch` for a wrong count,
    ///   `ScoringError.nonFiniteValue` naming the first NaN or infinite value.
    /// - Complexity: O(rows × columns).
    public init(rows: Int, columns: Int, storage: [Float]) throws(ScoringError) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        guard storage.count == rows * columns else {
            throw .valueCountMismatch(rows: rows, columns: columns, actual: storage.count)
        }
        if let bad = storage.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(row: bad / columns, column: bad % columns, value: storage[bad])
        }
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// Creates a matrix by asking `value` for each element, row after row.
    ///
    /// - Parameters:
    ///   - rows: Number of rows, at least 0.
    ///   - columns: Number of columns, at least 0.
    ///   - value: The element at a row and column.
    /// - Throws: `ScoringError.nonFiniteValue` if `value` returns NaN or infinity.
    /// - Complexity: O(rows × columns) calls of `value`.
    public init(rows: Int, columns: Int, value: (_ row: Int, _ column: Int) -> Float) throws(ScoringError) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        var storage: [Float] = []
        storage.reserveCapacity(rows * columns)
        for row in 0..<rows {
            for column in 0..<columns { storage.append(value(row, column)) }
        }
        try self.init(rows: rows, columns: columns, storage: storage)
    }

    /// The element at `row`, `column`.
    ///
    /// - Complexity: O(1).
    public subscript(row: Int, column: Int) -> Float {
        precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
        return storage[row * columns + column]
    }
}
