/// Which blocks of the query × item product to compute; pairs outside every block are never scored.
///
/// Callers that sort queries and items by region can list only the blocks that may hold eligible
/// pairs. Blocks must not overlap, so no pair is collected twice.
public struct ScorePlan: Sendable, Hashable {
    /// A rectangle of the product: query rows × item columns.
    public struct Block: Sendable, Hashable {
        /// Query rows of the block.
        public let rows: Range<Int>
        /// Items of the block.
        public let columns: Range<Int>

        /// Creates a block of `rows` × `columns`.
        public init(rows: Range<Int>, columns: Range<Int>) {
            self.rows = rows
            self.columns = columns
        }

        /// Number of pairs in the block.
        public var pairCount: Int { rows.count * columns.count }
    }

    /// The blocks, in the order given; empty blocks are dropped.
    public let blocks: [Block]

    /// Creates a plan from non-overlapping blocks.
    ///
    /// - Parameter blocks: Rectangles of the product; empty ones are ignored.
    /// - Throws: `ScoringError.overlappingPlanBlocks` naming the first two blocks that share a pair.
    /// - Complexity: O(b²) for b blocks.
    public init(blocks: [Block]) throws(ScoringError) {
        let kept = blocks.enumerated().filter { $0.element.pairCount > 0 }
        for (i, (firstIndex, first)) in kept.enumerated() {
            for (secondIndex, second) in kept[(i + 1)...]
            where first.rows.overlaps(second.rows) && first.columns.overlaps(second.columns) {
                throw .overlappingPlanBlocks(firstIndex, secondIndex)
            }
        }
        self.blocks = kept.map(\.element)
    }

    /// The plan that scores every pair of a `rows` × `columns` product.
    ///
    /// - Parameters:
    ///   - rows: Number of query rows.
    ///   - columns: Number of items.
    public static func everything(rows: Int, columns: Int) -> ScorePlan {
        ScorePlan(uncheckedBlocks: rows > 0 && columns > 0 ? [Block(rows: 0..<rows, columns: 0..<columns)] : [])
    }

    private init(uncheckedBlocks: [Block]) {
        self.blocks = uncheckedBlocks
    }

    /// Number of pairs the plan scores.
    public var pairCount: Int { blocks.reduce(0) { $0 + $1.pairCount } }
}
