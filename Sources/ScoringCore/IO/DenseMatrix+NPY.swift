extension DenseMatrix {
    /// Reads a 2-D float32 (`<f4`, C order) `.npy` file.
    ///
    /// - Parameter path: The file's path.
    /// - Throws: `NPYError` naming the file: unreadable, wrong dtype, Fortran order, not 2-D,
    ///   truncated, or holding NaN or infinity (with its row and column).
    /// - Complexity: O(file size).
    public init(npyFile path: String) throws(NPYError) {
        let (rows, columns, values) = try NPYFile.read(Float.self, from: path)
        do {
            try self.init(rows: rows, columns: columns, storage: values)
        } catch {
            throw NPYError(file: path, reason: .invalidValues(error))
        }
    }

    /// Writes the matrix as a 2-D float32 `.npy` file.
    ///
    /// - Parameter path: The file's path; an existing file is replaced.
    /// - Throws: `NPYError` if the file cannot be written.
    public func writeNPY(to path: String) throws(NPYError) {
        try NPYFile.write(storage, rows: rows, columns: columns, to: path)
    }
}
