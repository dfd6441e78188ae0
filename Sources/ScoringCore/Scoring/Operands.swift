import CBLAS

/// Read-only pointers to a run's matrices, shared by all workers.
struct Operands: @unchecked Sendable {
    // Unchecked: the pointers come from immutable arrays kept alive by `with`, and nobody writes them.
    let queries: UnsafePointer<Float>?
    let items: UnsafePointer<Float>?
    let depth: Int
    let gateQueries: UnsafePointer<Float>?
    let gateItems: UnsafePointer<Float>?
    let gateDepth: Int
    let hasGate: Bool

    /// Calls `body` with pointers to the storage of the matrices.
    static func with(queries: DenseMatrix, items: DenseMatrix, gate: GateProduct?, _ body: (Operands) -> Void) {
        queries.storage.withUnsafeBufferPointer { q in
            items.storage.withUnsafeBufferPointer { i in
                let gateQueries = gate?.queries.storage ?? []
                let gateItems = gate?.items.storage ?? []
                gateQueries.withUnsafeBufferPointer { gq in
                    gateItems.withUnsafeBufferPointer { gi in
                        body(Operands(queries: q.baseAddress, items: i.baseAddress, depth: queries.columns,
                                      gateQueries: gq.baseAddress, gateItems: gi.baseAddress,
                                      gateDepth: gate?.queries.columns ?? 0, hasGate: gate != nil))
                    }
                }
            }
        }
    }

    /// Adds `a[rows] × b[columns]ᵀ` (vectors of length `depth`) row-major into `result`, which holds zeros.
    ///
    /// Accumulating (beta = 1) into a buffer the tiler keeps zeroed spares OpenBLAS its separate pass
    /// that clears the whole tile for beta = 0; the tiler re-zeroes each stripe while it is still cached.
    static func multiply(
        _ a: UnsafePointer<Float>?, rows: Range<Int>, by b: UnsafePointer<Float>?, columns: Range<Int>,
        depth: Int, into result: UnsafeMutablePointer<Float>
    ) {
        // Empty vectors score 0, which the buffer already holds; BLAS would reject a zero leading dimension.
        guard depth > 0, let a, let b else { return }
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans,
                    Int32(rows.count), Int32(columns.count), Int32(depth),
                    1, a + rows.lowerBound * depth, Int32(depth),
                    b + columns.lowerBound * depth, Int32(depth),
                    1, result, Int32(columns.count))
    }
}
