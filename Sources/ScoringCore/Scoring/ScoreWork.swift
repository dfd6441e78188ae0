/// How much multiplication a scoring run did, and how it was shared.
public struct ScoreWork: Sendable, Hashable {
    /// Multiply-adds computed (scores plus gate).
    public let multiplyAdds: Int
    /// Number of tiles multiplied (each handed to its collector in cache-sized stripes).
    public let tiles: Int
    /// Workers that shared the row tiles: at most the requested concurrency, the executor's worker
    /// limit and the number of row tiles; 0 when nothing was multiplied.
    public let workers: Int

    /// Creates a work report.
    public init(multiplyAdds: Int, tiles: Int, workers: Int) {
        self.multiplyAdds = multiplyAdds
        self.tiles = tiles
        self.workers = workers
    }

    /// The report of a run that multiplied nothing.
    public static let nothing = ScoreWork(multiplyAdds: 0, tiles: 0, workers: 0)

    /// Floating-point operations computed (two per multiply-add).
    public var floatingPointOperations: Double { 2 * Double(multiplyAdds) }
}
