import Guidance
import Localization
import Profiles

/// The product's errors said in the reader's language: each keeps its data structured, and is worded
/// here only when shown.
extension Words {
    /// The message for `error` in this language; nil for an error the product does not word itself
    /// (a database or system failure), which is shown as it describes itself.
    public func describe(_ error: any Error) -> String? {
        switch error {
        case let error as GuidanceError: message(forGuidance: error)
        case let error as DistributedError: message(forDistributed: error)
        case let error as StoreError: message(forStore: error)
        case let error as ReportWriteError: message(forReport: error)
        case let error as FileWriteError: cannotWriteFile(error.path, reason: reason(error.problem))
        case let error as DatabaseInUse: message(for: error)
        case _ where MatchDatabase.isBusy(error): anotherWriterIsRunning
        case let failure as ImportFailure: (lines(for: failure.list) + [problemsFound(failure.list.count)]).joined(separator: "\n")
        case let problem as FileProblem: reason(problem)
        default: describe(systemError: error)
        }
    }

    /// SQLite's and Foundation's errors (`SQLite error 13 …`, `NSCocoaErrorDomain Code=642 …`) as the
    /// file or database they are about and why, in this language; nil for any other error.
    private func describe(systemError error: any Error) -> String? {
        if let failure = DatabaseFailure(error) { return databaseFailed(nil, failure) }
        guard let (problem, path, reading) = FileProblem.of(foundationError: error) else { return nil }
        let file = path ?? unnamedFile
        return reading ? cannotReadFile(file, reason: reason(problem)) : cannotWriteFile(file, reason: reason(problem))
    }

    public func message(forGuidance error: GuidanceError) -> String {
        switch error {
        case let .unknownID(kind, id, suggestions):
            switch kind {
            case .vacancy: noVacancy(id, suggestions: suggestions)
            case .enterprise: noEnterprise(id, suggestions: suggestions)
            case .student: noStudent(id, suggestions: suggestions)
            case .region: noRegion(id, suggestions: suggestions)
            }
        case .enterpriseWithoutVacancies(let id): enterpriseWithoutVacancies(id)
        case .noDataFolder: noDataFolder
        case .noDatabase(let path): noDatabase(at: path)
        case let .unknownName(kind, name, suggestions):
            unknownName(subject: kind == .subject, name, suggestions: suggestions.map(candidate))
        case let .severalNamed(kind, name, candidates):
            severalNamed(subject: kind == .subject, name, candidates: candidates.map(candidate))
        case let .outOfRange(quantity, value, lower, upper): outOfRange(grade: quantity == .grade, value, lower: lower, upper: upper)
        case .notAPupil(let id): notAPupil(id)
        }
    }

    public func message(forDistributed error: DistributedError) -> String {
        switch error {
        case .notASnapshot(let path): notASnapshot(path)
        case let .unsupportedVersion(path, found, supported): snapshotVersion(path, found: found, supported: supported)
        case let .checksumMismatch(path, expected, actual): snapshotChecksum(path, expected: expected, actual: actual)
        case let .modelVersionMismatch(path, snapshot, shard): snapshotModel(path, snapshot: snapshot, shard: shard)
        case let .notAShardLine(file, line): notAShardLine(file, line: line)
        case let .otherSnapshot(file, line, found, expected): otherSnapshot(file, line: line, found: found, expected: expected)
        case let .unknownRecord(file, line, kind, id): unknownShardRecord(file, line: line, student: kind == .student, id: id)
        case let .studentTwice(file, line, id): studentTwice(file, line: line, id: id)
        case let .missingStudents(count, example): missingStudents(count, example: example)
        case let .countsDisagree(file, counted, read): shardCountsDisagree(file, counted: counted, read: read)
        }
    }

    /// "'gas-welding' (Газовая сварка)": the id to type, and the name in this language.
    private func candidate(_ candidate: GuidanceError.Candidate) -> String {
        "'\(candidate.id)'" + (candidate.name.map { " (\($0[language]))" } ?? "")
    }

    public func message(forReport error: ReportWriteError) -> String {
        switch error {
        case let .cannotRender(file, reason): cannotRender(file, reason: reason)
        case let .cannotWrite(path, problem): cannotWrite(path, reason: reason(problem))
        }
    }
}
