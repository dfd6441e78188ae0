/// The hot loop shared by the top-k collectors: one pass over a tile feeding row and/or column lists.
enum TileScan {
    /// Scores per vector comparison; 16 floats is one 64-byte cache line.
    typealias Chunk = SIMD16<Float>

    /// Offers every score of `tile` that reaches a list's threshold to that list, if the pair is eligible.
    ///
    /// Most scores are rejected by one vector comparison against the running thresholds; the gate
    /// and `filter` are consulted only for scores that would enter a list.
    ///
    /// - Parameters:
    ///   - tile: The scores, and gate values if any.
    ///   - rowLists: Lists of the best items per query row, or `nil` to keep none.
    ///   - firstRowList: The query row held by list 0 of `rowLists`.
    ///   - columnLists: Lists of the best query rows per item (indexed by item), or `nil`.
    ///   - filter: Which pairs may enter a list.
    ///   - rowIDs: What a row list records for (and ranks ties by) each query row; nil: the row itself.
    ///   - columnIDs: The same for items.
    /// - Complexity: O(rows × columns) comparisons plus O(k) per accepted score.
    @inline(__always)
    static func collect<Filter: PairFilter>(
        _ tile: ScoreTile,
        rowLists: TopKListsView?,
        firstRowList: Int,
        columnLists: TopKListsView?,
        filter: Filter,
        rowIDs: UnsafePointer<Int32>? = nil,
        columnIDs: UnsafePointer<Int32>? = nil
    ) {
        let width = tile.columns.count
        guard width > 0, !tile.rows.isEmpty, let scores = tile.scores.baseAddress else { return }
        let firstColumn = tile.columns.lowerBound
        let gate = tile.gate?.baseAddress
        for localRow in 0..<tile.rows.count {
            let row = tile.rows.lowerBound &+ localRow
            let line = scores + localRow &* width
            let gateLine = gate.map { $0 + localRow &* width }
            let rowList = row &- firstRowList
            var rowThreshold = rowLists?.thresholds[rowList] ?? 0

            @inline(__always)
            func consider(_ column: Int) {
                let score = line[column]
                let item = firstColumn &+ column
                let wantsRow = rowLists != nil && score >= rowThreshold
                let wantsColumn = columnLists.map { score >= $0.thresholds[item] } ?? false
                guard wantsRow || wantsColumn else { return }
                if let gateLine, gateLine[column] > GateProduct.ineligibleAbove { return }
                guard filter.isEligible(row: row, column: item) else { return }
                if wantsRow, let rowLists {
                    rowLists.insert(rowList, score: score, index: columnIDs?[item] ?? Int32(truncatingIfNeeded: item))
                    rowThreshold = rowLists.thresholds[rowList]
                }
                if wantsColumn, let columnLists {
                    columnLists.insert(item, score: score, index: rowIDs?[row] ?? Int32(truncatingIfNeeded: row))
                }
            }

            /// Whether any score of the `Chunk` at `column` reaches its row or column threshold.
            @inline(__always)
            func hits(_ column: Int) -> SIMDMask<Chunk.MaskStorage> {
                let chunk = UnsafeRawPointer(line + column).loadUnaligned(as: Chunk.self)
                var hit = SIMDMask<Chunk.MaskStorage>(repeating: false)
                if rowLists != nil { hit = chunk .>= Chunk(repeating: rowThreshold) }
                if let columnLists {
                    let thresholds = UnsafeRawPointer(columnLists.thresholds + (firstColumn &+ column))
                    hit .|= chunk .>= thresholds.loadUnaligned(as: Chunk.self)
                }
                return hit
            }

            /// Considers the scores of the chunk at `column` whose lanes are set in `hit`. Lanes left
            /// out stay out: thresholds only rise as lists fill.
            @inline(__always)
            func consider(_ hit: SIMDMask<Chunk.MaskStorage>, at column: Int) {
                let laneBits = Chunk.MaskStorage(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096,
                                                 8192, 16384, 32768)
                var lanes = UInt32(truncatingIfNeeded: Chunk.MaskStorage().replacing(with: laneBits, where: hit).wrappedSum())
                while lanes != 0 {
                    consider(column &+ lanes.trailingZeroBitCount)
                    lanes &= lanes &- 1
                }
            }

            // Four chunks per test: once the lists are full almost no score passes, and one
            // reduction per 64 scores keeps the scan small next to the multiply.
            let chunkWidth = Chunk.scalarCount
            var column = 0
            while column &+ 4 &* chunkWidth <= width {
                let hit0 = hits(column), hit1 = hits(column &+ chunkWidth)
                let hit2 = hits(column &+ 2 &* chunkWidth), hit3 = hits(column &+ 3 &* chunkWidth)
                if any(hit0 .| hit1 .| hit2 .| hit3) {
                    consider(hit0, at: column)
                    consider(hit1, at: column &+ chunkWidth)
                    consider(hit2, at: column &+ 2 &* chunkWidth)
                    consider(hit3, at: column &+ 3 &* chunkWidth)
                }
                column &+= 4 &* chunkWidth
            }
            while column &+ chunkWidth <= width {
                consider(hits(column), at: column)
                column &+= chunkWidth
            }
            while column < width {
                consider(column)
                column &+= 1
            }
        }
    }
}
