@testable import ScoringCore
import Testing


@Suite("DenseMatrix")
struct DenseMatrixTests {
    @Test("stores row-major values")
    func rowMajor() throws {
        let matrix = try DenseMatrix(rows: 2, columns: 3) { row, column in Float(10 * row + column) }

        #expect(matrix.storage == [0, 1, 2, 10, 11, 12])
        #expect(matrix[1, 2] == 12)
    }

    @Test("refuses non-finite values, naming row and column", arguments: [Float.nan, .infinity, -.infinity])
    func nonFinite(bad: Float) {
        var values: [Float] = Array(repeating: 1, count: 12)
        values[7] = bad

        #expect {
            try DenseMatrix(rows: 3, columns: 4, storage: values)
        } throws: { error in
            guard case let .nonFiniteValue(row, column, _) = error as? ScoringError else { return false }
            return row == 1 && column == 3
        }
    }

    @Test("refuses a value count that does not match the shape")
    func wrongCount() {
        #expect(throws: ScoringError.valueCountMismatch(rows: 2, columns: 2, actual: 3)) {
            try DenseMatrix(rows: 2, columns: 2, storage: [1, 2, 3])
        }
    }
}
