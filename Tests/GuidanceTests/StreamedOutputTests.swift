import Foundation
import Testing
import Localization
import Profiles
@testable import Guidance
@testable import Presentation
import TestSupport

/// Shortlists, allocations and the report written piece by piece are the same bytes as the whole
/// output rendered at once (the oracle), in every format and language, and the writer never holds
/// more than one piece.
@Suite("Outputs written piece by piece")
struct StreamedOutputTests {
    /// What `write` gives through a `ChunkedOutput` cut into pieces of about `flushAt` bytes, and the largest piece.
    static func pieces(flushAt: Int = 256, _ write: (inout ChunkedOutput) throws -> Void) rethrows -> (bytes: [UInt8], largest: Int) {
        var bytes: [UInt8] = [], largest = 0
        var output = ChunkedOutput(flushAt: flushAt) { piece in
            bytes.append(contentsOf: piece)
            largest = max(largest, piece.count)
        }
        try write(&output)
        #expect(output.lastByte == bytes.last)
        return (bytes, largest)
    }

    @Test("an enterprise's shortlists: the same bytes as rendered whole", arguments: Language.allCases)
    func shortlistsEqualRendered(language: Language) throws {
        // Given an enterprise with several vacancies and 600 students
        let engine = MatchEngine(store: try Fixtures.database(students: 600, seed: 3))
        let shortlists = try engine.shortlists(ShortlistRequest(target: .enterprise("saran-tyres"), top: 50, language: language,
                                                                referenceYear: Fixtures.referenceYear))
        #expect(shortlists.count > 1)
        #expect(shortlists.contains { !$0.items.isEmpty })
        for format in OutputFormat.allCases {
            // When written in small pieces, then the bytes are the rendered text's
            let streamed = try Self.pieces { try shortlists.write(format, to: &$0) }
            #expect(streamed.bytes == Array(try shortlists.render(format).utf8), "\(format)")
        }
        // And no shortlists at all are what rendering none gives
        for format in OutputFormat.allCases {
            #expect(try Self.pieces { try [Shortlist]().write(format, to: &$0) }.bytes == Array(try [Shortlist]().render(format).utf8))
        }
    }

    @Test("an allocation and its placements: the same bytes as rendered whole", arguments: Language.allCases)
    func allocationEqualsRendered(language: Language) throws {
        // Given an allocation of 600 students that leaves some unplaced and places a few
        let engine = MatchEngine(store: try Fixtures.database(students: 600, seed: 3))
        let result = try engine.allocate(AllocationRequest(language: language, referenceYear: Fixtures.referenceYear))
        let placements = try engine.placements(of: result)
        #expect(result.summary.unplacedStudents.count > 10)
        #expect(placements.count > 5)
        for format in OutputFormat.allCases {
            // When written in small pieces, then the bytes are the rendered text's
            #expect(try Self.pieces { try result.write(format, to: &$0) }.bytes == Array(try result.render(format).utf8), "\(format)")
        }
        for json in [false, true] {
            let words = Words(language)
            #expect(try Self.pieces { try placements.write(json: json, words: words, to: &$0) }.bytes
                    == Array(try placements.render(json: json, words: words).utf8), "json: \(json)")
            #expect(try Self.pieces { try [AllocationResult.Placement]().write(json: json, words: words, to: &$0) }.bytes
                    == Array(try [AllocationResult.Placement]().render(json: json, words: words).utf8))
        }
    }

    @Test("a piece holds at most one record past the cut, however many rows")
    func memoryDoesNotGrowWithRows() throws {
        // Given 20,000 placements, some with cells that need quoting
        let placements = (0..<20_000).map { index in
            AllocationResult.Placement(candidate: "c-\(index)", vacancyID: index % 7 == 0 ? "v,\(index)" : "v-\(index)",
                                       enterpriseID: "e\"\(index % 13)", kind: "job", score: Double(index % 1000) / 1000)
        }
        for json in [false, true] {
            // When written with a cut at 4 KiB
            let streamed = try Self.pieces(flushAt: 4096) { try placements.write(json: json, words: Words(.kk), to: &$0) }
            // Then it is the whole rendering, and no piece is longer than the cut and one record (under 256 bytes)
            #expect(streamed.bytes == Array(try placements.render(json: json, words: Words(.kk)).utf8))
            #expect(streamed.bytes.count > 100 * 4096)
            #expect(streamed.largest < 4096 + 256)
        }
    }

    @Test("the report folder: each file the bytes of files(for:), and the observed bytes are all of them in order",
          arguments: Language.allCases)
    func reportEqualsRendered(language: Language) throws {
        // Given a report and an empty folder
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ReportFixture.report(language)
        // When it is written, hashing what goes by
        var digest = RunningDigest(), observed = 0
        let paths = try ReportWriter().write(report, to: folder) { bytes in
            digest.update(bytes)
            observed += bytes.count
        }
        // Then every file is what rendering it whole gives, and the hash is of all files in order
        let files = try ReportWriter().files(for: report)
        #expect(paths.map(\.lastPathComponent) == files.map(\.name))
        for (path, file) in zip(paths, files) { #expect(try Data(contentsOf: path) == file.contents, "\(file.name)") }
        let whole = files.reduce(into: Data()) { $0.append($1.contents) }
        #expect(observed == whole.count)
        #expect(digest.hex() == Digest.sha256(whole))
    }

    @Test("files streamed into place: a body that fails replaces nothing and leaves no temporary")
    func failingBodyReplacesNothing() throws {
        // Given a folder with an old first file
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("streamed-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.csv").path, second = folder.appendingPathComponent("b.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: first))
        struct Interrupted: Error {}
        // When the second file's body fails halfway
        #expect(throws: Interrupted.self) {
            try AtomicFile.write(streaming: [
                (first, { append in try append(Data("new".utf8)) }),
                (second, { append in
                    try append(Data("half".utf8))
                    throw Interrupted()
                }),
            ])
        }
        // Then the first file is still the old one and nothing else is in the folder
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.csv"])
        // And when both bodies succeed, both files are written whole
        try AtomicFile.write(streaming: [(first, { try $0(Data("new".utf8)) }), (second, { try $0(Data("b".utf8)) })])
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "b")
    }
}
