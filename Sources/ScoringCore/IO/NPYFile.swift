import Foundation

/// Reads and writes 2-D NumPy `.npy` arrays (format versions 1–3, C order, little-endian).
public enum NPYFile {
    /// Reads a 2-D array of `Element` from the `.npy` file at `path`.
    ///
    /// - Parameters:
    ///   - type: The element type the file must hold (`<f4` for `Float`, `<i8` for `Int64`).
    ///   - path: The file's path.
    /// - Returns: The shape and the values in row-major order.
    /// - Throws: `NPYError` naming the file and why: unreadable, not `.npy`, wrong dtype, Fortran
    ///   order, not 2-D, or truncated.
    /// - Complexity: O(file size).
    public static func read<Element: NPYElement>(
        _ type: Element.Type, from path: String
    ) throws(NPYError) -> (rows: Int, columns: Int, values: [Element]) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw NPYError(file: path, reason: .unreadable(error.localizedDescription))
        }
        let decoded = data.withUnsafeBytes { bytes in
            Result { () throws(NPYError.Reason) in try decode(type, bytes) }
        }
        switch decoded {
        case let .success(array): return array
        case let .failure(reason): throw NPYError(file: path, reason: reason)
        }
    }

    /// Writes `values` as a `rows` × `columns` C-order `.npy` array (format version 1) to `path`.
    ///
    /// - Parameters:
    ///   - values: `rows * columns` values, row after row.
    ///   - rows: Number of rows.
    ///   - columns: Number of columns.
    ///   - path: The file's path; an existing file is replaced.
    /// - Throws: `NPYError` with reason `unwritable` if the file system refuses.
    /// - Complexity: O(rows × columns).
    public static func write<Element: NPYElement>(
        _ values: [Element], rows: Int, columns: Int, to path: String
    ) throws(NPYError) {
        let data = encoded(values, rows: rows, columns: columns)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw NPYError(file: path, reason: .unwritable(error.localizedDescription))
        }
    }

    /// The bytes of an NPY file holding `values` as a `rows` × `columns` matrix, for a writer that
    /// puts files in place itself (the command line's `AtomicFile`).
    public static func encoded<Element: NPYElement>(_ values: [Element], rows: Int, columns: Int) -> Data {
        precondition(rows >= 0 && columns >= 0 && values.count == rows * columns, "values do not match the shape")
        var data = Data(NPYHeader(descriptor: Element.npyDescriptor, fortranOrder: false, shape: [rows, columns]).encoded())
        values.withUnsafeBytes { data.append(contentsOf: $0) }
        return data
    }

    private static func decode<Element: NPYElement>(
        _ type: Element.Type, _ bytes: UnsafeRawBufferPointer
    ) throws(NPYError.Reason) -> (rows: Int, columns: Int, values: [Element]) {
        let (header, offset) = try NPYHeader.parse(bytes)
        guard header.descriptor == Element.npyDescriptor else {
            throw .wrongDType(expected: Element.npyDescriptor, found: header.descriptor)
        }
        guard !header.fortranOrder else { throw .fortranOrder }
        guard header.shape.count == 2 else { throw .wrongRank(shape: header.shape) }
        let (rows, columns) = (header.shape[0], header.shape[1])
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        let needed = count.multipliedReportingOverflow(by: MemoryLayout<Element>.stride)
        guard !overflow, !needed.overflow else { throw .malformedHeader("shape \(header.shape) is too large") }
        guard bytes.count - offset >= needed.partialValue else {
            throw .truncated(expectedBytes: offset + needed.partialValue, actualBytes: bytes.count)
        }
        let values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(
                from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + needed.partialValue]))
            initialized = count
        }
        return (rows, columns, values)
    }
}
