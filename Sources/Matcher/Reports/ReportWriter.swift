import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes every rendering of a report into one folder: `report.html`, the CSV tables and
/// `report.json`. Each file appears whole or not at all: it is written to a temporary file in the same
/// folder, flushed to disk, then renamed over the target (rename(2) is atomic within a file system), so
/// a reader never sees half a file and a crash leaves at most a stray temporary.
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
    /// - Returns: the paths written, `report.html` first.
    /// - Throws: `ReportWriteError` naming the path and the reason; no temporary file is left behind.
    ///   Files are renamed into place only once all of them are written, so a failure while writing
    ///   replaces nothing (a failed rename leaves the files before it replaced, each one whole).
    public func write(_ report: MatchReport, to folder: URL) throws(ReportWriteError) -> [URL] {
        try write(files(for: report), to: folder)
    }

    /// Writes already rendered files into `folder` as `write(_:to:)` does.
    public func write(_ files: [ReportFile], to folder: URL) throws(ReportWriteError) -> [URL] {
        try Self.checkFolder(folder.path)
        var temporaries: [(temporary: String, target: String)] = []
        // Whatever fails, no temporary stays behind; unlink of an already renamed one fails harmlessly.
        defer { for entry in temporaries { unlink(entry.temporary) } }
        for file in files {
            let target = folder.appendingPathComponent(file.name).path
            let temporary = folder.appendingPathComponent(".\(file.name).\(UUID().uuidString).tmp").path
            try Self.writeNew(file.contents, to: temporary, naming: target)
            temporaries.append((temporary, target))
        }
        for entry in temporaries where rename(entry.temporary, entry.target) != 0 {
            throw .cannotWrite(path: entry.target, reason: Self.systemReason())
        }
        Self.flushFolder(folder.path)
        return temporaries.map { URL(fileURLWithPath: $0.target) }
    }

    /// A missing folder is reported as such, not as a failure to create its first file.
    private static func checkFolder(_ path: String) throws(ReportWriteError) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        guard status.st_mode & S_IFMT == S_IFDIR else { throw .cannotWrite(path: path, reason: "not a folder") }
    }

    /// Makes the renames durable too; a failure here loses nothing already written, so it is ignored.
    private static func flushFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    /// Creates `path` (which must not exist), writes all of `contents` and flushes it to disk. Errors name
    /// `target`, the file the user asked for, not the temporary. A partly written file is removed.
    private static func writeNew(_ contents: Data, to path: String, naming target: String) throws(ReportWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: target, reason: systemReason()) }
        var failure: String?
        contents.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = systemReason()
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = systemReason() }
        if close(descriptor) != 0, failure == nil { failure = systemReason() }
        if let failure {
            unlink(path)
            throw .cannotWrite(path: target, reason: failure)
        }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}

/// write(2), named apart from `ReportWriter.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
