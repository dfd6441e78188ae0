import Guidance
import Localization
import Profiles
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes every rendering of a report into one folder: `report.html`, the CSV tables and
/// `report.json`, each whole or not at all (`AtomicFile`).
public struct ReportWriter: Sendable {
    public var html: HTMLReportRenderer
    public var csv: CSVReportWriter
    public var json: JSONReportWriter

    public init(html: HTMLReportRenderer = .init(), csv: CSVReportWriter = .init(), json: JSONReportWriter = .init()) {
        self.html = html
        self.csv = csv
        self.json = json
    }

    /// The files of the report, HTML first, in the order `write` writes them.
    public func files(for report: MatchReport) throws(ReportWriteError) -> [ReportFile] {
        let page = ReportFile(name: "report.html", contents: Data(html.render(report).utf8))
        let jsonFile: ReportFile
        do { jsonFile = try json.file(for: report) } catch {
            throw .cannotRender(file: "report.json", reason: String(describing: error))
        }
        return [page] + csv.files(for: report) + [jsonFile]
    }

    /// Writes the report into `folder`, which must exist; files of the same names are replaced.
    ///
    /// File by file, the same bytes as `files(for:)`: each is rendered only when its turn comes and
    /// written in pieces (the CSV tables row by row), so the report is never held whole as text.
    /// - Parameter observe: Sees every byte written, in file order (the audit log's digest of the output).
    /// - Returns: the paths written, `report.html` first.
    /// - Throws: `ReportWriteError` naming the path and the reason; no temporary file is left behind.
    ///   Files are renamed into place only once all of them are written, so a failure while writing
    ///   replaces nothing (a failed rename leaves the files before it replaced, each one whole).
    public func write(_ report: MatchReport, to folder: URL,
                      observe: @escaping (UnsafeRawBufferPointer) -> Void = { _ in }) throws(ReportWriteError) -> [URL] {
        try Self.checkFolder(folder.path)
        let tables = CSVReportTables(report: report, labels: .labels(for: report.language))
        var parts: [(name: String, render: (inout ChunkedOutput) throws -> Void)] = [
            ("report.html", { $0.append(html.render(report)) }),
        ]
        for (name, table) in CSVReportWriter.tables(tables) {
            parts.append((name, { output in
                let table = table()
                output.appendCSVHeader(table.header)
                for row in table.rows {
                    output.appendCSVRow(row)
                    try output.flushIfFull()
                }
            }))
        }
        parts.append(("report.json", { output in
            do { output.append(try json.data(for: report)) } catch {
                throw ReportWriteError.cannotRender(file: "report.json", reason: String(describing: error))
            }
        }))
        let files = parts.map { part in
            (path: folder.appendingPathComponent(part.name).path, body: { (append: (Data) throws -> Void) throws in
                try withoutActuallyEscaping(append) { append in
                    var output = ChunkedOutput { bytes in
                        observe(bytes)
                        try append(Data(bytes))
                    }
                    try part.render(&output)
                    try output.flush()
                }
            } as AtomicFile.FileBody)
        }
        do {
            return try AtomicFile.write(streaming: files).map { URL(fileURLWithPath: $0) }
        } catch let error as ReportWriteError {
            throw error
        } catch let error as AtomicFile.WriteError {
            throw .cannotWrite(path: error.path, problem: error.problem)
        } catch {
            throw .cannotRender(file: folder.path, reason: String(describing: error))
        }
    }

    /// Writes already rendered files into `folder` as `write(_:to:)` does.
    public func write(_ files: [ReportFile], to folder: URL) throws(ReportWriteError) -> [URL] {
        try Self.checkFolder(folder.path)
        do {
            return try AtomicFile.write(files.map { (folder.appendingPathComponent($0.name).path, $0.contents) })
                .map { URL(fileURLWithPath: $0) }
        } catch {
            throw .cannotWrite(path: error.path, problem: error.problem)
        }
    }

    /// A missing folder is reported as such, not as a failure to create its first file.
    private static func checkFolder(_ path: String) throws(ReportWriteError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .cannotWrite(path: path, problem: .lastSystemError) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .cannotWrite(path: path, problem: .notAFolder) }
    }
}
