import Foundation
import Testing
@testable import Profiles
import TestSupport

@Suite("Hostile input: the importer reports, never crashes, never half-writes")
struct HostileInputTests {
    static let header = Student.csvColumns.joined(separator: ",")
    static let row = "st-1,college,2,karaganda,,urban,region,2007,,07150500,karaganda-poly,math:4;physics:5,R:0.9;I:0.3;A:0.1;S:0.2;E:0.3;C:0.5,mma-welding:3:certificate,kk;ru,kk,male"

    func importer(_ database: MatchDatabase, kind: RecordKind? = nil) -> Importer {
        var options = Importer.Options(kind: kind)
        options.referenceYear = Fixtures.referenceYear
        return Importer(database: database, options: options)
    }

    func failure(_ name: String, _ bytes: [UInt8], kind: RecordKind? = nil) throws -> ImportFailure? {
        let database = try Fixtures.database()
        let result = #expect(throws: ImportFailure.self) { try importer(database, kind: kind).run([try Fixtures.file(name, bytes: bytes)]) }
        #expect(try database.studentCount() == 0)
        return result
    }

    @Test func deeplyNestedJSONIsAnErrorNotACrash() throws {
        let nested = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let problem = try failure("students.json", Array(nested.utf8))?.problems.first
        #expect(problem?.reason.contains("JSON") == true)
    }

    @Test func hugeNumbersWrongTypesAndDuplicateKeys() throws {
        let huge = #"[{"id": "st-1", "stage": "graduate", "region": "karaganda", "settlement": "urban", "relocation": "none", "birth_year": 1e400, "grades": {"math": 4}, "interests": {"R": 0.5, "I": 0.5, "A": 0.5, "S": 0.5, "E": 0.5, "C": 0.5}, "languages": ["kk"], "school_language": "kk"}]"#
        #expect(try failure("students.json", Array(huge.utf8))?.problems.isEmpty == false)
        let wrongType = huge.replacingOccurrences(of: "1e400", with: "[1990]")
        let typeProblem = try failure("students.json", Array(wrongType.utf8))?.problems.first
        #expect(typeProblem?.field == "birth_year" && typeProblem?.path == "$[0]")
        let duplicate = huge.replacingOccurrences(of: "\"birth_year\": 1e400", with: "\"birth_year\": 1990, \"birth_year\": 1991")
        let duplicateProblems = try failure("students.json", Array(duplicate.utf8))?.problems ?? []
        #expect(duplicateProblems.contains { $0.reason.contains("twice") || $0.reason.contains("duplicate") }, "\(duplicateProblems)")
    }

    @Test func aOneMegabyteFieldAndNULBytesAreRejectedWithTheirLine() throws {
        let big = Self.row.replacingOccurrences(of: "st-1,", with: "st-" + String(repeating: "x", count: 1 << 20) + ",")
        let bigProblem = try failure("students.csv", Array((Self.header + "\n" + big + "\n").utf8))?.problems.first
        #expect(bigProblem?.line == 2 && bigProblem?.field == "id")
        let nul = Self.row.replacingOccurrences(of: "karaganda-poly", with: "karaganda\u{0}-poly")
        let nulProblem = try failure("students.csv", Array((Self.header + "\n" + nul + "\n").utf8))?.problems.first
        #expect(nulProblem?.line == 2 && nulProblem?.reason.contains("NUL") == true)
    }

    @Test func namesInNFDResolveLikeNFC() throws {
        let database = try Fixtures.database()
        // "Қолмен доғалық дәнекерлеу" decomposed: Қ and ғ have no decomposition, but й-like letters do; use the ru label with й.
        let decomposed = "Ручная дуговая сварка".decomposedStringWithCanonicalMapping + " "
        let row = Self.row.replacingOccurrences(of: "mma-welding:3", with: decomposed + ":3")
        let report = try importer(database).run([try Fixtures.file("students.csv", Self.header + "\n" + row + "\n")])
        #expect(report.files[0].new == 1)
        #expect(try database.student(id: "st-1")?.skills.first?.skillID == "mma-welding")
    }

    @Test func sqlInFieldsIsStoredLiterally() throws {
        let database = try Fixtures.database()
        let text = "id,name_kk,name_ru,name_en,region,town,sector,note\nbobby,\"x'); DROP TABLE student;--\",Б,B,karaganda,Saran,tyres,\"1; DELETE FROM skill\"\n"
        let report = try importer(database).run([try Fixtures.file("enterprises.csv", text)])
        #expect(report.files[0].new == 1)
        let stored = try #require(try database.catalogue().enterprises.first { $0.id == "bobby" })
        #expect(stored.name.kk == "x'); DROP TABLE student;--" && stored.note == "1; DELETE FROM skill")
        #expect(try database.catalogue().taxonomy.skills.count == 16)
    }

    /// 200 seeds in the suite; `FUZZ_SEEDS=100000 swift test --filter randomCorruption` for a long run.
    static let corruptionSeeds = 0..<UInt64(ProcessInfo.processInfo.environment["FUZZ_SEEDS"].flatMap(Int.init) ?? 200)

    /// Seeded random corruption of a valid file: every outcome is a clean import or a list of problems.
    @Test(arguments: corruptionSeeds)
    func randomCorruptionNeverCrashes(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let database = try Fixtures.database()
        let generated = IteratorSequence(CohortGenerator(catalogue: try database.catalogue(), count: 5, seed: seed, referenceYear: Fixtures.referenceYear))
        var bytes = Array(([Self.header] + generated.map { $0.csvCells.map(CSVText.cell).joined(separator: ",") }).joined(separator: "\n").utf8)
        let alphabet: [UInt8] = Array(",;:\"\n\r\0\u{FF}-9ё".utf8) + [0xC3, 0x28, 0xE2, 0x82]
        for _ in 0..<(1 + Int(random.unit() * 6)) where !bytes.isEmpty {
            let at = Int(random.unit() * Double(bytes.count))
            switch Int(random.unit() * 3) {
            case 0: bytes[at] = alphabet[Int(random.unit() * Double(alphabet.count))]
            case 1: bytes.insert(alphabet[Int(random.unit() * Double(alphabet.count))], at: at)
            default: bytes.remove(at: at)
            }
        }
        let json = seed % 4 == 0
        if json { bytes = Array("[{\"id\": \"st-1\", \"stage\": \(String(decoding: bytes.prefix(40), as: UTF8.self).debugDescription)}]".utf8) }
        let path = try Fixtures.file(json ? "students.json" : "students.csv", bytes: bytes)
        do {
            let report = try importer(database, kind: .students).run([path])
            #expect(report.problems.isEmpty)
            #expect(try database.studentCount() == report.files[0].new)
        } catch let failure as ImportFailure {
            #expect(!failure.problems.isEmpty)
            #expect(try database.studentCount() == 0)
        }
    }
}
