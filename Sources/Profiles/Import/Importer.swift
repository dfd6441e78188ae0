import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Validates files of records and upserts them in one transaction: all or nothing by default.
public struct Importer: Sendable {
    public struct Options: Sendable {
        /// Only validate; write nothing.
        public var dryRun = false
        /// Store the valid records and report the rest, instead of writing nothing when any is invalid.
        public var skipInvalid = false
        /// The kind of every file; nil to guess from each file's name or columns.
        public var kind: RecordKind?
        /// The year in which ages are judged.
        public var referenceYear = Calendar.currentYear
        /// A counsellor's import: every student must be at this school, and no stored student of
        /// another school (or of none) may be overwritten.
        public var requiredSchoolID: String?
        /// The questionnaire that answer sheets answer (needed only for `.answers`).
        public var itemBank: ItemBank?

        public init(dryRun: Bool = false, skipInvalid: Bool = false, kind: RecordKind? = nil, itemBank: ItemBank? = nil) {
            self.dryRun = dryRun
            self.skipInvalid = skipInvalid
            self.kind = kind
            self.itemBank = itemBank
        }
    }

    /// What happened to one file.
    public struct FileSummary: Sendable, Codable {
        public var file: String
        public var kind: RecordKind?
        public var read = 0, new = 0, changed = 0, unchanged = 0, invalid = 0
        /// Answer sheets stored with each flag their scoring raised (incomplete ones are kept, not scored).
        public var answerFlags: [QuestionnaireResult.Flag: Int] = [:]
    }

    public struct Report: Sendable {
        public var files: [FileSummary]
        /// Every problem: the first `ImportLimits.problemsListed` one by one, the rest counted by reason.
        public var problemList: ImportProblemList
        /// Whether anything was written.
        public var committed: Bool

        /// The problems listed one by one.
        public var problems: [ImportProblem] { problemList.listed }
    }

    public let database: MatchDatabase
    public let options: Options

    public init(database: MatchDatabase, options: Options = Options()) {
        self.database = database
        self.options = options
    }

    /// Imports `files` (CSV or JSON) in the order references need (skills before vacancies, …).
    /// - Parameter progress: told `(done, total)` in bytes of the files: once with 0 when the files are
    ///   known, then as the records are stored or judged (a batch of the hand-off at a time), never
    ///   going back, and last with the total when every file is done. The commit that follows is not
    ///   counted.
    /// - Throws: `ImportFailure` listing every problem when a record is invalid and `skipInvalid` is off;
    ///   nothing is written then. Database errors are rethrown after rollback.
    public func run(_ files: [String], progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> Report {
        var problems = ImportProblemList()
        // Files are read one at a time, when their turn comes, so a large import holds one file at most.
        var planned: [(path: String, kind: RecordKind)] = []
        for path in files {
            let name = URL(fileURLWithPath: path).lastPathComponent
            guard FileManager.default.isReadableFile(atPath: path) else {
                problems.append(.unreadable(name))
                continue
            }
            // A folder, a device such as /dev/zero or a named pipe would be read for ever, or not at all.
            if let kind = FileKind.nonRegularFile(at: path) {
                problems.append(ImportProblem(file: name, reason: .notARegularFile(kind)))
                continue
            }
            guard let kind = options.kind ?? RecordKind.guess(fromFileName: name) ?? Self.guessKind(path) else {
                problems.append(ImportProblem(file: name, reason: .cannotTellKind))
                continue
            }
            if kind == .answers, options.itemBank == nil {
                problems.append(ImportProblem(file: name, reason: .noItemBank))
                continue
            }
            planned.append((path, kind))
        }
        if !problems.isEmpty { throw ImportFailure(problems) }
        planned.sort { $0.kind < $1.kind }
        let sizes = planned.map { Self.fileSize($0.path) }
        let total = sizes.reduce(0, +)
        var done = 0
        func advance(to bytes: Int) {
            guard bytes > done else { return }
            done = bytes
            progress?(done, total)
        }
        progress?(0, total)

        var summaries: [FileSummary] = []
        var committed = false
        try database.importBatch { session in
            var index = try session.catalogue().referenceIndex(year: options.referenceYear)
            var before = 0
            for (file, size) in zip(planned, sizes) {
                var summary = FileSummary(file: URL(fileURLWithPath: file.path).lastPathComponent, kind: file.kind)
                // A file that grows while it is read counts as its size when it was planned.
                try importFile(file.path, kind: file.kind, summary: &summary, index: &index, problems: &problems, session: session) {
                    advance(to: before + min($0, size))
                }
                before += size
                advance(to: before)
                summaries.append(summary)
            }
            committed = !options.dryRun && (problems.isEmpty || options.skipInvalid)
            return committed ? .commit : .rollBack
        }
        if !problems.isEmpty && !options.skipInvalid { throw ImportFailure(problems) }
        return Report(files: summaries, problemList: problems, committed: committed)
    }

    static func isJSON(_ path: String) -> Bool { path.lowercased().hasSuffix(".json") }

    /// The file's size in bytes (0 when it cannot be told): the measure of an import's progress.
    static func fileSize(_ path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return Int(status.st_size)
    }

    private static func guessKind(_ path: String) -> RecordKind? {
        if isJSON(path) { return RecordKind.guess(fromColumns: JSONRecordReader.firstRecordKeys(atPath: path)) }
        // The header is all it takes: read the first 64 KiB, not the file.
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1 << 16)).flatMap { $0 } ?? Data()
        let firstLine = head.prefix { $0 != 10 && $0 != 13 }
        let header = String(decoding: firstLine, as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
        let separator = Character(CSVRecordReader.separator(ofHeader: header[...]))
        let columns = header.split(separator: separator).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
        return RecordKind.guess(fromColumns: Set(columns))
    }
}

/// The columns of each kind, once for the importer and for `StudentReader`.
extension Importer.Options {
    /// Every column (CSV) or key (JSON) a record of `kind` may have.
    func columns(of kind: RecordKind) -> Set<String> {
        if kind == .answers, let bank = itemBank { return Set(AnswerSheet.columns(of: bank)) }
        return Set(kind.columns.map(\.name))
    }

    /// The columns a problem about an unknown one lists.
    func expectedColumns(of kind: RecordKind) -> [String] {
        if kind == .answers, let bank = itemBank { return AnswerSheet.expectedColumns(of: bank) }
        return kind.columns.map(\.name)
    }

    func checkHeader(_ header: [String], kind: RecordKind, file: String) -> [ImportProblem] {
        let known = columns(of: kind), present = Set(header)
        let unknown = header.filter { !known.contains($0) }.map {
            ImportProblem(file: file, line: 1, field: $0, reason: .unknownField(isKey: false, kind: kind, expected: expectedColumns(of: kind)))
        }
        let missing = kind.columns.filter { $0.required && !present.contains($0.name) }.map {
            ImportProblem(file: file, line: 1, field: $0.name, reason: .missingRequiredColumn)
        }
        return unknown + missing
    }
}
