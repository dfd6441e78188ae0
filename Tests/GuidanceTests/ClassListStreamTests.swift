import Foundation
import Testing
import Localization
import Profiles
@testable import Guidance
@testable import Presentation
import TestSupport

/// The class list streamed pupil by pupil is the same bytes as the whole list rendered at once, in
/// every format and language, and its running hash is the hash of those bytes.
@Suite("Class list written row by row")
struct ClassListStreamTests {
    static func streamed(_ engine: MatchEngine, _ request: ClassListRequest, _ format: OutputFormat, batchSize: Int) throws -> (bytes: [UInt8], hash: String) {
        var bytes: [UInt8] = [], digest = RunningDigest(), writer: ClassListWriter?
        try engine.classList(request, batchSize: batchSize, started: { _, names in
            writer = ClassListWriter(format: format, names: names) { piece in
                bytes.append(contentsOf: piece)
                digest.update(piece)
            }
        }) { try writer!.add($0) }
        try writer!.finish()
        #expect(writer!.lastByte == bytes.last)
        return (bytes, digest.hex())
    }

    @Test("same bytes as the whole list, every format and language", arguments: Language.allCases)
    func streamedEqualsRendered(language: Language) throws {
        // Given 300 generated students (the pupils among them) and small batches that cut the list
        let engine = MatchEngine(store: try Fixtures.database(students: 300, seed: 12))
        let request = ClassListRequest(language: language, referenceYear: Fixtures.referenceYear)
        let whole = try engine.classList(request)
        #expect(whole.students.count > 20)
        for format in OutputFormat.allCases {
            // When streamed, then the bytes are the rendered text's and the hash is theirs
            let expected = Array(try whole.render(format).utf8)
            let stream = try Self.streamed(engine, request, format, batchSize: 7)
            #expect(stream.bytes == expected, "\(format)")
            #expect(stream.hash == Digest.sha256(Data(expected)))
        }
    }

    @Test("the pupils read alone from the store are those the loaded snapshot gives, for every filter")
    func pupilsFromTheStoreEqualTheSnapshotsFilter() throws {
        // Given 400 generated students with schools and classes
        let store = try Fixtures.database(students: 400, seed: 5)
        let everyone = try store.students()
        let pupil = try #require(everyone.first { $0.stage.isSchool && $0.schoolID != nil })
        let filters = [PupilFilter(), PupilFilter(regionID: pupil.regionID), PupilFilter(grade: pupil.stage.year),
                       PupilFilter(regionID: pupil.regionID, grade: pupil.stage.year),
                       PupilFilter(schoolID: pupil.schoolID), PupilFilter(schoolID: pupil.schoolID, className: pupil.className),
                       PupilFilter(regionID: "no-such-region")]
        for filter in filters {
            // When read from the store, then they are the same students in the same order as the filter keeps
            let read = try store.pupils(filter).map(\.id)
            #expect(read == everyone.filter(filter.contains).map(\.id), "\(filter)")
            #expect(filter.regionID == "no-such-region" || !read.isEmpty)
        }
        #expect(try store.pupils(PupilFilter()).allSatisfy(\.stage.isSchool))
    }

    @Test("a class list made before and after the snapshot is loaded is the same")
    func classListWithAndWithoutTheSnapshot() throws {
        // Given one engine that has loaded no students and one that has
        let store = try Fixtures.database(students: 300, seed: 12)
        let request = ClassListRequest(language: .kk, referenceYear: Fixtures.referenceYear)
        let fresh = try MatchEngine(store: store).classList(request)
        let loaded = MatchEngine(store: store)
        _ = try loaded.snapshot()
        // Then both lists are the same, pupil by pupil
        #expect(try fresh.render(.csv) == loaded.classList(request).render(.csv))
        #expect(try fresh.render(.json) == loaded.classList(request).render(.json))
    }

    @Test("an empty class list: the same as rendered, every format")
    func emptyListEqualsRendered() throws {
        // Given a class list of nobody
        let engine = MatchEngine(store: try Fixtures.database(students: 50, seed: 12))
        let nobody = ClassList(students: [], names: Names(try engine.snapshot().catalogue, .kk))
        for format in OutputFormat.allCases {
            // When streamed, then it is what rendering the whole gives
            var bytes: [UInt8] = []
            var writer = ClassListWriter(format: format, names: nobody.names) { bytes.append(contentsOf: $0) }
            try writer.finish()
            #expect(bytes == Array(try nobody.render(format).utf8), "\(format)")
        }
    }

    @Test("cells are quoted on their bytes: commas, quotes, line feeds, carriage returns, CRLF")
    func cellsAreQuotedOnBytes() {
        #expect(CSVText.cell("Қарағанды") == "Қарағанды")
        #expect(CSVText.cell("a,b") == "\"a,b\"")
        #expect(CSVText.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.cell("one\ntwo") == "\"one\ntwo\"")
        #expect(CSVText.cell("one\rtwo") == "\"one\rtwo\"")
        #expect(CSVText.cell("one\r\ntwo") == "\"one\r\ntwo\"")
        #expect(CSVText.line(["Алматы, 75", "x"], ending: "\r\n") == "\"Алматы, 75\",x\r\n")
    }
}
