/// Reads a JSON file — an array of objects, or an object holding one such array under the kind's name —
/// a block at a time, holding one record in memory at once, and hands each record to `body` located by
/// JSON path (`$[3]`). Strings and records past `ImportLimits` are refused while they are read; keys are
/// compared after unescaping (`"\u0067uardian_consent"` repeats `guardian_consent`); where the text stops
/// being JSON the problem gives the line, column and path, and reading stops there.
struct JSONRecordReader {
    let file: String

    /// Calls `body` for each record that is an object with no problem of its own; every problem found
    /// (a record's, the file's) goes to `report`, in file order.
    /// - Parameter reached: told, as each record is read and before it is reported or handed on, how
    ///   many bytes of the file have been read (a progress bar's measure).
    /// - Throws: only what `body` throws.
    func read(contentsOf path: String, kind: RecordKind?, report: (ImportProblem) -> Void,
              reached: @escaping (Int) -> Void = { _ in }, body: (RawRecord) throws -> Void) throws {
        guard var parser = JSONParser(path: path, file: file) else {
            report(.unreadable(file))
            return
        }
        parser.recordRead = reached
        do {
            try parser.readRecords(kind: kind, report: report, body: body)
        } catch let stop as JSONParser.Stop {
            for problem in parser.takePending() { report(problem) }
            report(stop.problem)
        }
        if parser.readFailure != nil { report(.unreadable(file)) }
    }

    /// Reads JSON Lines (`JSONParser.readLines`) as `read` reads an array.
    func readLines(contentsOf path: String, report: (ImportProblem) -> Void, body: (RawRecord) throws -> Void) throws {
        guard var parser = JSONParser(path: path, file: file) else {
            report(.unreadable(file))
            return
        }
        do {
            try parser.readLines(report: report, body: body)
        } catch let stop as JSONParser.Stop {
            for problem in parser.takePending() { report(problem) }
            report(stop.problem)
        }
        if parser.readFailure != nil { report(.unreadable(file)) }
    }

    /// The keys of the file's first record, to guess the kind from; empty when there is none.
    static func firstRecordKeys(atPath path: String) -> Set<String> {
        struct Enough: Error {}
        var keys: Set<String> = []
        try? JSONRecordReader(file: path).read(contentsOf: path, kind: nil, report: { _ in }) { record in
            keys = Set(record.fields.keys)
            throw Enough()
        }
        return keys
    }
}
