/// Row vectors stored by their non-zero values only: the items of a gathered product
/// (`ScoreTiler.runGathered`), whose vectors use a few dozen of a thousand or more columns.
///
/// Memory is O(non-zeros), so a catalogue of hundreds of thousands of vacancies fits where their dense
/// vectors would not.
public struct SparseRows: Sendable, Hashable {
    /// Number of rows.
    public let rows: Int
    /// Length of each row vector.
    public let columns: Int
    /// Row r's entries are `columnIndices[offsets[r]..<offsets[r + 1]]` (ascending) and the values beside them.
    public let offsets: [Int]
    public let columnIndices: [Int32]
    public let values: [Float]

    /// Creates rows by asking `fill` to write each dense row into a zeroed buffer, keeping the non-zeros.
    ///
    /// - Throws: `ScoringError.nonFiniteValue` for NaN or infinity, `.tooManyIndices` past `Int32` columns.
    /// - Complexity: O(rows × columns) time, O(non-zeros) memory beyond one dense row.
    public init(rows: Int, columns: Int, fill: (_ row: Int, _ buffer: UnsafeMutableBufferPointer<Float>) -> Void) throws(ScoringError) {
        precondition(rows >= 0 && columns >= 0, "matrix dimensions must not be negative")
        guard columns <= Int(Int32.max) else { throw .tooManyIndices(what: "columns", count: columns) }
        var offsets = [0], indices: [Int32] = [], values: [Float] = []
        offsets.reserveCapacity(rows + 1)
        let row = UnsafeMutableBufferPointer<Float>.allocate(capacity: columns)
        defer { row.deallocate() }
        for r in 0..<rows {
            row.initialize(repeating: 0)
            fill(r, row)
            for column in 0..<columns where row[column] != 0 {
                guard row[column].isFinite else { throw .nonFiniteValue(row: r, column: column, value: row[column]) }
                indices.append(Int32(column))
                values.append(row[column])
            }
            offsets.append(indices.count)
        }
        self.rows = rows
        self.columns = columns
        self.offsets = offsets
        columnIndices = indices
        self.values = values
    }

    /// The non-zeros of all rows.
    public var nonZeros: Int { values.count }
}
