/// How much multiplication a scoring run did, against the full product.
public struct ScoreWork: Sendable, Hashable {
    /// Multiply-adds actually computed (scores plus gate).
    public let multiplyAdds: Int
    /// Multiply-adds of the full product without a plan (scores plus gate).
    public let fullMultiplyAdds: Int
    /// Number of tiles multiplied (each handed to its collector in cache-sized stripes).
    public let tiles: Int

    /// Creates a work report.
    public init(multiplyAdds: Int, fullMultiplyAdds: Int, tiles: Int) {
        self.multiplyAdds = multiplyAdds
        self.fullMultiplyAdds = fullMultiplyAdds
        self.tiles = tiles
    }

    /// Share of the full product that the plan skipped, from 0 (nothing) to 1.
    public var savedFraction: Double {
        fullMultiplyAdds == 0 ? 0 : 1 - Double(multiplyAdds) / Double(fullMultiplyAdds)
    }

    /// Floating-point operations computed (two per multiply-add).
    public var floatingPointOperations: Double { 2 * Double(multiplyAdds) }
}
