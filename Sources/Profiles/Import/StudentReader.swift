import Foundation

/// Students read and validated as `import` validates them, against a catalogue instead of a store: for a
/// shard, which holds the catalogue's snapshot and no database (Docs/Distributed.md).
public struct StudentReader: Sendable {
    /// How the records are written.
    public enum Format: String, Sendable, CaseIterable {
        /// CSV with a header row.
        case csv
        /// One JSON object per line.
        case jsonLines = "jsonl"

        /// The format of a file told by its name: `.jsonl` or `.ndjson` for JSON Lines, else CSV.
        public static func of(fileName name: String) -> Format {
            let lowered = name.lowercased()
            return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") ? .jsonLines : .csv
        }
    }

    public let catalogue: Catalogue
    public let referenceYear: Int

    public init(catalogue: Catalogue, referenceYear: Int) {
        self.catalogue = catalogue
        self.referenceYear = referenceYear
    }

    /// Every student of the file at `path`, in file order.
    /// - Parameter file: the name problems give for the file (`stdin`, `students.csv`).
    /// - Throws: `ImportFailure` listing every problem of every record (file, line, field, reason) when any
    ///   record is invalid, or the file cannot be read; nothing else.
    public func read(path: String, file: String, format: Format) throws -> [Student] {
        var problems = ImportProblemList()
        var students: [Student] = []
        var seenIDs = Set<String>()
        let index = catalogue.referenceIndex(year: referenceYear)
        let options = Importer.Options(kind: .students)
        let known = options.columns(of: .students), expected = options.expectedColumns(of: .students)
        let handle: (RawRecord) -> Void = { raw in
            var reader = FieldReader(raw)
            if format == .jsonLines { reader.rejectUnknownFields(known: known, kind: .students, expected: expected) }
            let student = RecordDecoder.student(&reader, index)
            let id = student?.id ?? raw.fields["id"].map(\.asText.trimmed).flatMap { FieldReader.isID($0) ? $0 : nil }
            if let id, !seenIDs.insert(id).inserted { reader.report("id", id, .duplicateID) }
            guard let student, reader.problems.isEmpty else {
                problems += reader.problems
                return
            }
            students.append(student)
        }
        let report: (ImportProblem) -> Void = { problems.append($0) }
        switch format {
        case .csv:
            try CSVRecordReader(file: file).read(contentsOf: path, checkHeader: { options.checkHeader($0, kind: .students, file: file) },
                                             report: report, body: handle)
        case .jsonLines:
            try JSONRecordReader(file: file).readLines(contentsOf: path, report: report, body: handle)
        }
        if !problems.isEmpty { throw ImportFailure(problems) }
        return students
    }
}
