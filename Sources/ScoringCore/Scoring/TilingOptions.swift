import Foundation

/// How `ScoreTiler` cuts the product into tiles and how many workers share them.
///
/// There is one level of parallelism: `concurrency` workers each own whole row tiles and call
/// `cblas_sgemm` with OpenBLAS limited to one thread. They run on `ScoringExecutor.shared`, which
/// grants a run no more workers than it has and keeps all concurrent runs within one worker per core.
public struct TilingOptions: Sendable, Hashable {
    /// Query rows per tile; a worker owns all tiles of a row tile.
    public var rowTile: Int
    /// Items per tile; with `rowTile` this sizes each worker's reusable score buffer.
    public var columnTile: Int
    /// Worker tasks wanted; a run gets at most the executor's `workerLimit` and one per row tile.
    public var concurrency: Int

    /// Default query rows per tile.
    ///
    /// 1024 × 1024 tiles (4 MiB per worker) benchmarked best on 2-core Zen 3: larger row tiles leave
    /// workers unevenly loaded at the end, smaller ones lower the sgemm rate (see Docs/Performance.md).
    public static let defaultRowTile = 1024
    /// Default items per tile.
    public static let defaultColumnTile = 1024

    /// Creates tiling options.
    ///
    /// - Parameters:
    ///   - rowTile: Query rows per tile, at least 1.
    ///   - columnTile: Items per tile, at least 1.
    ///   - concurrency: Worker tasks, at least 1; defaults to the active processor count.
    public init(
        rowTile: Int = TilingOptions.defaultRowTile,
        columnTile: Int = TilingOptions.defaultColumnTile,
        concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        precondition(rowTile > 0 && columnTile > 0, "tile sizes must be positive")
        precondition(concurrency > 0, "concurrency must be positive")
        self.rowTile = rowTile
        self.columnTile = columnTile
        self.concurrency = concurrency
    }
}
