/// Reads a CSV file into raw records, with the line each record starts on, a block at a time (one row
/// in memory at once; `CSVScanner`). Accepts UTF-8 with or without BOM, LF or CRLF, quoted fields with
/// commas, quotes and line breaks, and semicolons instead of commas between fields (see
/// `separator(ofHeader:)`).
struct CSVRecordReader {
    let file: String

    /// The field separator a file uses, told from its header row: `;` where the header has semicolons
    /// and no comma (as Excel saves "CSV" in kk and ru locales), else `,`. Column names never hold either.
    static func separator(ofHeader header: Substring) -> UnicodeScalar {
        header.contains(";") && !header.contains(",") ? ";" : ","
    }

    /// Calls `body` for each data row without problems. Every problem (the file's, the header's, a
    /// row's) goes to `report`, in file order; a problem with the header stops reading.
    /// - Parameter reached: told, as each data row is read and before it is reported or handed on, how
    ///   many bytes of the file have been read (a progress bar's measure; a plain call, no system call).
    /// - Throws: only what `body` throws.
    func read(contentsOf path: String, checkHeader: ([String]) -> [ImportProblem], report: (ImportProblem) -> Void,
              reached: (Int) -> Void = { _ in }, body: (RawRecord) throws -> Void) throws {
        guard var scanner = CSVScanner(path: path) else {
            report(.unreadable(file))
            return
        }
        defer { if scanner.readFailure != nil { report(.unreadable(file)) } }
        guard let header = readHeader(&scanner, report: report) else { return }
        var headerProblems: [ImportProblem] = []
        var seen = Set<String>()
        for name in header where !seen.insert(name).inserted {
            headerProblems.append(ImportProblem(file: file, line: 1, field: name, reason: .duplicateColumn))
        }
        if header.contains("") {
            headerProblems.append(ImportProblem(file: file, line: 1, reason: .emptyColumnName))
        }
        headerProblems += checkHeader(header)
        guard headerProblems.isEmpty else {
            headerProblems.forEach(report)
            return
        }
        // One table of column positions for the file; each row is just its cells.
        let columns = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        while let row = scanner.next() {
            reached(scanner.bytesRead)
            if let problem = problem(of: row, header: header) {
                report(problem)
                continue
            }
            if row.fields.count == 1 && String(decoding: row.fields[0], as: UTF8.self).trimmed.isEmpty { continue }  // blank line
            let cells = row.fields.map { RawRecord.Value.text(String(decoding: $0, as: UTF8.self)) }
            try body(RawRecord(file: file, line: row.line, path: nil, fields: RawRecord.Fields(columns: columns, cells: cells)))
        }
    }

    /// The header row's column names, trimmed; nil after reporting why there is none.
    private func readHeader(_ scanner: inout CSVScanner, report: (ImportProblem) -> Void) -> [String]? {
        scanner.startCountingSeparators()
        var row: CSVScanner.Row?
        repeat {
            row = scanner.next()
        } while row.map { $0.refusal == nil && $0.fields.count == 1 && String(decoding: $0.fields[0], as: UTF8.self).trimmed.isEmpty } == true
        guard var row else {
            report(ImportProblem(file: file, line: 1, reason: .emptyCSV))
            return nil
        }
        if !scanner.sawComma && scanner.sawSemicolon {
            scanner.separator = UInt8(ascii: ";")
            row.fields = row.fields.flatMap { $0.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map(Array.init) }
        }
        if let problem = problem(of: row, header: nil) {
            report(problem)
            return nil
        }
        return row.fields.map { String(decoding: $0, as: UTF8.self).trimmed }
    }

    /// Why a row cannot be read: refused by the scanner, not UTF-8, a column count unlike the header's,
    /// a NUL byte; in that order, one problem per row.
    private func problem(of row: CSVScanner.Row, header: [String]?) -> ImportProblem? {
        func column(_ index: Int) -> String? { header.flatMap { index < $0.count ? $0[index] : nil } }
        if let refusal = row.refusal {
            return ImportProblem(file: file, line: row.line, field: column(refusal.column), reason: refusal.reason)
        }
        if let index = row.fields.firstIndex(where: { String(validating: $0, as: UTF8.self) == nil }) {
            return ImportProblem(file: file, line: row.line, field: column(index), reason: .notUTF8)
        }
        guard let header else { return nil }
        let blank = row.fields.count == 1 && String(decoding: row.fields[0], as: UTF8.self).trimmed.isEmpty
        if row.fields.count != header.count && !blank {
            return ImportProblem(file: file, line: row.line, reason: .columnCount(expected: header.count, found: row.fields.count))
        }
        if let index = row.fields.firstIndex(where: { $0.contains(0) }) {
            return ImportProblem(file: file, line: row.line, field: column(index), reason: .nulByte)
        }
        return nil
    }
}
