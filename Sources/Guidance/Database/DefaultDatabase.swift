import Matcher
import Foundation
import Profiles

/// Opening and building databases: the default one is built from `Data/` the first time it is needed.
public enum DefaultDatabase {
    /// Opens the database at `path`, or the default one when `path` is nil, building the default one
    /// from `Data/` first if it does not exist yet. Temporaries that a killed `init` left beside it are
    /// removed (`LeftoverFiles`).
    /// - Parameter building: told the path and catalogue folder before a build starts (it takes a while).
    public static func open(_ path: String?, building: (_ path: String, _ data: URL) -> Void = { _, _ in }) throws -> MatchDatabase {
        let resolved = path ?? DefaultLocations.database
        LeftoverFiles.removeStale(besides: resolved)
        guard !FileManager.default.fileExists(atPath: resolved) else { return try MatchDatabase(path: resolved) }
        guard path == nil else { throw GuidanceError.noDatabase(path: resolved) }
        guard let data = DefaultLocations.dataDirectory else { throw GuidanceError.noDataFolder }
        building(resolved, data)
        return try build(at: resolved, from: data)
    }

    /// Builds a database from the catalogue in `folder` and a generated cohort into a temporary file and
    /// moves it into place, so a failed build leaves nothing half-made; a regular file at `path` is
    /// replaced, but never while another command has it open (`MatchDatabase.replace(at:_:)`).
    /// - Parameter progress: told how the build goes (`CatalogueBuilder.build(into:progress:)`).
    public static func build(at path: String, from folder: URL, students: Int = CatalogueBuilder.defaultCohortSize,
                             seed: UInt64 = CatalogueBuilder.defaultCohortSeed,
                             progress: ((_ stage: CatalogueBuilder.Stage, _ done: Int, _ total: Int) -> Void)? = nil) throws -> MatchDatabase {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        return try MatchDatabase.replace(at: path) { store in
            try CatalogueBuilder(dataDirectory: folder, cohortSize: students, seed: seed).build(into: store, progress: progress)
        }
    }
}
