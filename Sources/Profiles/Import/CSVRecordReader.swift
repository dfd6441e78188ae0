import CSV
import Foundation

/// Reads a CSV file into raw records, with the line each record starts on.
/// Accepts UTF-8 with or without BOM, LF or CRLF, quoted fields with commas, quotes and line breaks,
/// and semicolons instead of commas between fields (see `separator(ofHeader:)`).
struct CSVRecordReader {
    let file: String

    /// The field separator a file uses, told from its header row: `;` where the header has semicolons
    /// and no comma (as Excel saves "CSV" in kk and ru locales), else `,`. Column names never hold either.
    static func separator(ofHeader header: Substring) -> UnicodeScalar {
        header.contains(";") && !header.contains(",") ? ";" : ","
    }

    /// Calls `body` for each data row. Problems with the file itself (encoding, header, column counts)
    /// are returned; `body` is not called for rows that have them.
    func read(contentsOf path: String, checkHeader: ([String]) -> [ImportProblem], body: (RawRecord) throws -> Void) rethrows -> [ImportProblem] {
        // The bytes live only in this scope: parsing works on the text alone, so the file is not held twice.
        var text: String
        do {
            guard let data = FileManager.default.contents(atPath: path) else {
                return [.unreadable(file)]
            }
            let problems = invalidUTF8Lines(data)
            guard problems.isEmpty else { return problems }
            text = String(decoding: data, as: UTF8.self)
        }
        return try read(text: &text, checkHeader: checkHeader, body: body)
    }

    private func read(text: inout String, checkHeader: ([String]) -> [ImportProblem], body: (RawRecord) throws -> Void) rethrows -> [ImportProblem] {
        var problems: [ImportProblem] = []
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.trimmed.isEmpty {
            return [ImportProblem(file: file, line: 1, reason: .emptyCSV)]
        }
        let reader: CSVReader
        do {
            let headerLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: Self.separator(ofHeader: headerLine))
        } catch {
            return [ImportProblem(file: file, line: 1, reason: .unreadableHeader(detail: "\(error)"))]
        }
        let header = (reader.headerRow ?? []).map { $0.trimmed }
        var seen = Set<String>()
        for name in header where !seen.insert(name).inserted {
            problems.append(ImportProblem(file: file, line: 1, field: name, reason: .duplicateColumn))
        }
        if header.contains("") {
            problems.append(ImportProblem(file: file, line: 1, reason: .emptyColumnName))
        }
        problems += checkHeader(header)
        guard problems.isEmpty else { return problems }

        var line = 1 + header.joined().utf8.count(of: 10)  + 1
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.utf8.count(of: 10) }
            if row.count == 1 && row[0].trimmed.isEmpty { continue }  // blank line
            if row.count != header.count {
                problems.append(ImportProblem(file: file, line: rowLine, value: nil,
                    reason: .columnCount(expected: header.count, found: row.count)))
                continue
            }
            if let nul = row.firstIndex(where: { $0.utf8.contains(0) }) {
                problems.append(ImportProblem(file: file, line: rowLine, field: header[nul], reason: .nulByte))
                continue
            }
            var fields: [String: RawRecord.Value] = [:]
            for (name, cell) in zip(header, row) { fields[name] = .text(cell) }
            try body(RawRecord(file: file, line: rowLine, path: nil, fields: fields))
        }
        if let error = reader.error {
            problems.append(ImportProblem(file: file, line: line, reason: .malformedCSV(detail: "\(error)")))
        }
        return problems
    }

    /// The first invalid UTF-8 sequence on each line that has one.
    private func invalidUTF8Lines(_ data: Data) -> [ImportProblem] {
        var problems: [ImportProblem] = []
        var line = 1
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
                let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
                if String(validating: slice, as: UTF8.self) == nil {
                    problems.append(ImportProblem(file: file, line: line, reason: .notUTF8))
                }
                line += 1
                start = end + 1
            }
        }
        return problems
    }
}

extension String.UTF8View {
    func count(of byte: UInt8) -> Int { reduce(0) { $0 + ($1 == byte ? 1 : 0) } }
}
