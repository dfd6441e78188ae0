import Foundation
import Profiles

/// Files of records to validate and store, all or nothing (or the valid ones, with `skipInvalid`).
public struct ImportRequest: Sendable {
    public var files: [String]
    public var options: Importer.Options

    public init(files: [String], options: Importer.Options = Importer.Options()) {
        self.files = files
        self.options = options
    }
}

extension MatchEngine {
    /// Imports the files and, when anything was written, reloads the snapshot for the next request.
    /// - Parameter progress: told `(done, total)` in bytes of the files (`Importer.run(_:progress:)`).
    /// - Throws: `ImportFailure` with every problem when nothing was written.
    public func importRecords(_ request: ImportRequest, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> Importer.Report {
        defer { refresh() }
        return try Importer(database: store, options: request.options).run(request.files, progress: progress)
    }
}
