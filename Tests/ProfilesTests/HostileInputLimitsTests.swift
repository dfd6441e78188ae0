import Foundation
import Testing
@testable import Profiles
import TestSupport

/// Issue 12 §7: keys compared after unescaping, sizes capped while a file is read, problems capped and
/// counted by reason, JSON errors located, and what is not a file refused (Docs/Reliability.md,
/// "Hostile input, the rest").
@Suite("Hostile input: escaped keys, size caps, problem caps, located JSON errors")
struct HostileInputLimitsTests {
    static let header = HostileInputTests.header
    static let row = HostileInputTests.row
    static let record = #"{"id": "st-1", "stage": "graduate", "region": "karaganda", "settlement": "urban", "relocation": "none", "birth_year": 2000, "grades": {"math": 4}, "interests": {"R": 0.5, "I": 0.5, "A": 0.5, "S": 0.5, "E": 0.5, "C": 0.5}, "languages": ["kk"], "school_language": "kk"}"#

    func run(_ name: String, _ text: String, kind: RecordKind? = .students) throws -> ImportFailure? {
        try run(name, bytes: Array(text.utf8), kind: kind)
    }

    func run(_ name: String, bytes: [UInt8], kind: RecordKind? = .students) throws -> ImportFailure? {
        let database = try Fixtures.database()
        var options = Importer.Options(kind: kind)
        options.referenceYear = Fixtures.referenceYear
        let path = try Fixtures.file(name, bytes: bytes)
        let failure = #expect(throws: ImportFailure.self) { try Importer(database: database, options: options).run([path]) }
        #expect(try database.studentCount() == 0)
        return failure
    }

    @Test("a key written with escapes is the same key: a duplicate is found after unescaping")
    func escapedKeysAreComparedUnescaped() throws {
        // Given a record naming guardian_consent twice, once as \u0067uardian_consent (it went through before)
        let twice = Self.record.replacingOccurrences(of: #""stage""#, with: #""guardian_consent": true, "\u0067uardian_consent": false, "stage""#)
        let problems = try run("students.json", "[\(twice)]")?.problems ?? []
        // Then the duplicate is named, at its record, by its unescaped name
        #expect(problems.map(\.kind) == [.duplicateKey] && problems.first?.field == "guardian_consent" && problems.first?.path == "$[0]",
                "\(problems)")
        // And a surrogate pair and escaped letters in a nested object too
        let nested = Self.record.replacingOccurrences(of: #"{"math": 4}"#, with: #"{"math": 4, "m\u0061th": 5}"#)
        let nestedProblems = try run("students.json", "[\(nested)]")?.problems ?? []
        #expect(nestedProblems.map(\.path) == ["$[0].grades"] && nestedProblems.first?.field == "math", "\(nestedProblems)")
    }

    @Test("a field or a record past its cap is refused with its line and field, and the rows after it are still read")
    func fieldsAndRecordsAreCappedWhileReading() throws {
        let limit = ImportLimits.fieldBytes
        // A CSV field one byte past the cap, then a row with a problem of its own: both found, with their lines
        let long = Self.row.replacingOccurrences(of: "st-1,", with: "st-" + String(repeating: "x", count: limit) + ",")
        let bad = Self.row.replacingOccurrences(of: "st-1,", with: "st-2,").replacingOccurrences(of: "urban", with: "urbn")
        let csv = try run("students.csv", [Self.header, long, bad].joined(separator: "\n") + "\n")?.problems ?? []
        #expect(csv.map(\.kind) == [.fieldTooLong(limit: limit), .expectedOneOf(["urban", "rural"])], "\(csv)")
        #expect(csv.map(\.line) == [2, 3] && csv.map(\.field) == ["id", "settlement"])
        // A field of exactly the cap is not too long (it is a long note, which an enterprise may have)
        let note = String(repeating: "n", count: limit)
        let database = try Fixtures.database()
        let enterprises = try Fixtures.file("enterprises.csv", "id,name_kk,name_ru,name_en,region,town,sector,note\nlong-note,А,Б,B,karaganda,Saran,tyres,\(note)\n")
        #expect(try Importer(database: database).run([enterprises]).files[0].new == 1)
        // A CSV row past the record cap, made of fields each under the field cap
        let wide = Array(repeating: String(repeating: "y", count: 1000), count: ImportLimits.recordBytes / 1000 + 1).joined(separator: ",")
        let row = try run("students.csv", Self.header + "\n" + wide + "\n" + Self.row + "\n")?.problems ?? []
        #expect(row.map(\.kind) == [.recordTooLong(limit: ImportLimits.recordBytes)] && row.first?.line == 2, "\(row)")
        // A quoted field whose closing quote never comes, named at the line it starts on
        let open = try run("students.csv", Self.header + "\n" + Self.row + "\n\"st-3,college\n,more\n")?.problems ?? []
        #expect(open.map(\.kind) == [.unclosedQuote] && open.first?.line == 3, "\(open)")
        // A JSON string past the cap, and a JSON record past the record cap; the record after each still read
        let longString = Self.record.replacingOccurrences(of: #""st-1""#, with: "\"" + String(repeating: "x", count: limit + 1) + "\"")
        let bigRecord = Self.record.replacingOccurrences(of: #""stage""#,
                                                         with: #""skills": ["# + Array(repeating: "1", count: ImportLimits.recordBytes / 2).joined(separator: ",") + #"], "stage""#)
        let badLast = Self.record.replacingOccurrences(of: "urban", with: "urbn")
        let json = try run("students.json", "[\(longString),\n\(bigRecord),\n\(badLast)]")?.problems ?? []
        #expect(json.map(\.kind) == [.fieldTooLong(limit: limit), .recordTooLong(limit: ImportLimits.recordBytes), .expectedOneOf(["urban", "rural"])],
                "\(json)")
        #expect(json.map(\.path) == ["$[0]", "$[1]", "$[2]"] && json.map(\.field) == ["id", "skills", "settlement"])
    }

    @Test("a file with 50,000 unknown columns or a million missing fields lists 1,000 problems and counts the rest by reason")
    func problemsAreListedUpToTheCapAndTheRestCounted() throws {
        // Given a header of 50,000 unknown columns beside the required ones
        let columns = Self.header + "," + (0..<50_000).map { "c\($0)" }.joined(separator: ",")
        let wide = try #require(try run("students.csv", columns + "\n")?.list)
        // Then every one is counted, 1,000 listed and 49,000 counted under one reason with the first as example
        #expect(wide.count == 50_000 && wide.listed.count == ImportLimits.problemsListed)
        #expect(wide.omitted.count == 1 && wide.omitted[0].count == 49_000 && wide.omitted[0].example.field == "c1000")
        // Given a 300 KB JSON file of 100,000 empty records (ten required keys missing in each)
        let empty = try #require(try run("students.json", "[" + Array(repeating: "{}", count: 100_000).joined(separator: ",") + "]")?.list)
        #expect(empty.count == 1_000_000 && empty.listed.count == ImportLimits.problemsListed)
        #expect(empty.omitted.map(\.count).reduce(0, +) == 999_000 && empty.omitted.allSatisfy { $0.example.kind == .required })
        // Reasons with different data are counted together; the English summary names the counts
        #expect(ImportFailure(empty).description.contains("… 999000 more like: students.json $[100]: field"))
    }

    @Test("where a JSON file stops being JSON the problem gives line, column, path and what was expected", arguments: [
        ("[\(record)\n \(record)]", 2, 2, "$[1]", JSONSyntax.unexpectedCharacter("{", expected: .commaOrEndOfArray)),
        ("[\(record),\n]", 2, 1, "$[1]", .trailingComma),
        ("[\n  {\"id\": \"st-1\", \"stage\": \"gradu", 2, 33, "$[0].stage", .unclosedString),
        ("[{\"id\": \"st-1\",\n \"stage\": \"graduate\n\"}]", 2, 20, "$[0].stage", .controlCharacterInString),
        ("[{'id': 'st-1'}]", 1, 3, "$[0]", .unexpectedCharacter("'", expected: .key)),
        ("[{\"id\": \"st-\\ud800\"}]", 1, 13, "$[0].id", .invalidEscape("\\uD800")),
        ("[{\"id\": 01}]", 1, 9, "$[0].id", .invalidNumber("01")),
        ("[\(record)] x", 1, record.count + 4, "$", .unexpectedCharacter("x", expected: .endOfFile)),
        (String(repeating: "[", count: 100_000), 1, ImportLimits.jsonDepth + 1, "$" + String(repeating: "[0]", count: ImportLimits.jsonDepth),
         .nestedTooDeep(limit: ImportLimits.jsonDepth)),
    ])
    func jsonSyntaxErrorsAreLocated(text: String, line: Int, column: Int, path: String, syntax: JSONSyntax) throws {
        let problems = try run("students.json", text)?.problems ?? []
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.kind == .invalidJSON(syntax), "\(problems)")
        #expect(problems.first?.line == line && problems.first?.column == column && problems.first?.path == path,
                "\(problems.first.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path ?? "")" } ?? "")")
        #expect(problems.first?.description.hasPrefix("students.json:\(line):\(column) \(path): not valid JSON: ") == true)
    }

    @Test("a number past Double's range is the field's problem, named with its field and value")
    func aHugeNumberIsTheFieldsProblem() throws {
        let huge = Self.record.replacingOccurrences(of: "2000", with: "1e400")
        let problems = try run("students.json", "[\(huge)]")?.problems ?? []
        #expect(problems.map(\.field) == ["birth_year"] && problems.first?.value == "1e400" && problems.first?.kind == .notWholeNumber(nil),
                "\(problems)")
        let grade = Self.record.replacingOccurrences(of: #""math": 4"#, with: #""math": -1e999"#)
        let gradeProblems = try run("students.json", "[\(grade)]")?.problems ?? []
        #expect(gradeProblems.count == 1 && gradeProblems.first?.field == "grades" && gradeProblems.first?.value?.contains("-1e999") == true,
                "\(gradeProblems)")
    }

    @Test("a folder, a device or a named pipe given as a file is refused before it is read")
    func onlyRegularFilesAreRead() throws {
        let folder = try Fixtures.temporaryDirectory()
        let pipe = folder.appendingPathComponent("students.csv").path
        #expect(mkfifo(pipe, 0o644) == 0)
        for (path, kind) in [(folder.path, FileKind.folder), ("/dev/zero", .device), (pipe, .namedPipe)] {
            let database = try Fixtures.database()
            let failure = #expect(throws: ImportFailure.self) { try Importer(database: database, options: .init(kind: .students)).run([path]) }
            #expect(failure?.problems.map(\.kind) == [.notARegularFile(kind)], "\(path)")
        }
    }
}
