import Foundation
import Testing
@testable import Profiles
import TestSupport

/// `import answers.csv --kind answers`: a class's answer sheets validated like every import (file, line,
/// field, reason; all or nothing; `--skip-invalid`), scored and stored as the terminal's answers are.
@Suite("Import of answer sheets")
struct AnswerSheetImportTests {
    let bank: ItemBank

    init() throws { bank = try ItemBank.load(from: Fixtures.shippedData) }

    var header: String { AnswerSheet.columns(of: bank).joined(separator: ",") }

    /// A sheet row: `mark` for each item of the form (nil leaves it empty), `seconds` for each answered one.
    func row(_ student: String, _ form: QuestionnaireForm, _ language: String = "ru", version: String = "",
             seconds: Double? = nil, mark: (ItemBank.Item) -> String?) -> String {
        let asked = Set(bank.items(form).map(\.id))
        let marks = bank.items.map { asked.contains($0.id) ? mark($0) ?? "" : "" }
        let times = bank.items.map { asked.contains($0.id) ? seconds.map { String($0) } ?? "" : "" }
        return ([student, form.rawValue, language, version] + marks + times).joined(separator: ",")
    }

    func importer(_ database: MatchDatabase, skipInvalid: Bool = false, dryRun: Bool = false) -> Importer {
        var options = Importer.Options(dryRun: dryRun, skipInvalid: skipInvalid, kind: .answers, itemBank: bank)
        options.referenceYear = Fixtures.referenceYear
        return Importer(database: database, options: options)
    }

    func pupils(_ database: MatchDatabase) throws -> [Student] {
        Array(try database.students().filter(\.stage.isSchool).prefix(5))
    }

    @Test func sheetsAreScoredIntoInterestsAndStoredRawLikeTheTerminalsAnswers() throws {
        // Given two pupils and their sheets: one realistic (full form), one social (short form, timed)
        let database = try Fixtures.database(students: 40)
        let pupils = try pupils(database)
        let file = try Fixtures.file("answers.csv", [header,
            row(pupils[0].id, .full) { $0.type == .realistic ? "5" : "2" },
            row(pupils[1].id, .short, "kk", version: bank.version, seconds: 3.5) { $0.type == .social ? "5" : $0.type == .enterprising ? "4" : "1" },
        ].joined(separator: "\n"))
        // When the file is imported
        let report = try importer(database).run([file])
        // Then both are new, their interests are their scores, and the raw answers are kept
        #expect(report.files[0].new == 2 && report.problems.isEmpty && report.files[0].answerFlags.isEmpty)
        let first = try #require(try database.student(id: pupils[0].id))
        #expect(first.interests[.realistic] == 1 && first.interests[.social] == 0.25)
        let second = try #require(try database.student(id: pupils[1].id))
        #expect(second.interests[.social] == 1 && second.interests[.enterprising] == 0.75 && second.interests[.artistic] == 0)
        let stored = try #require(try database.answers(of: pupils[1].id))
        #expect(stored.answers.form == .short && stored.answers.language == .kk && stored.answers.responses.count == 30)
        #expect(stored.answers.responses["S01"] == 4 && stored.answers.seconds["S01"] == 3.5)
        // The terminal's path gives the same result for the same answers
        #expect(QuestionnaireScoring.score(stored.answers, bank: bank).interests == second.interests)
        // And importing the same file again changes nothing
        #expect(try importer(database).run([file]).files[0].unchanged == 2)
    }

    @Test func flaggedSheetsAreStoredWithTheirFlagsAndIncompleteOnesAreNotScored() throws {
        let database = try Fixtures.database(students: 40)
        let pupils = try pupils(database)
        let before = try #require(try database.student(id: pupils[2].id)).interests
        let file = try Fixtures.file("answers.csv", [header,
            row(pupils[0].id, .short) { _ in "3" },
            row(pupils[1].id, .short, seconds: 0.5) { $0.type == .artistic ? "5" : "1" },
            row(pupils[2].id, .full) { $0.id == "C10" ? nil : "4" },
        ].joined(separator: "\n"))
        let report = try importer(database).run([file])
        #expect(report.files[0].answerFlags == [.flat: 1, .tooFast: 1, .incomplete: 1])
        #expect(try database.answers(of: pupils[2].id)?.flags == [.incomplete])
        #expect(try database.student(id: pupils[2].id)?.interests == before)
    }

    @Test func everyProblemIsLocatedAndNothingIsStored() throws {
        // Given a file with one good sheet and one problem of every kind
        let database = try Fixtures.database(students: 40)
        let pupils = try pupils(database)
        let file = try Fixtures.file("answers.csv", [header,
            row(pupils[0].id, .short) { _ in "4" },
            row(pupils[1].id, .short) { $0.id == "R01" ? "6" : $0.id == "I01" ? "много" : "2" },      // line 3
            row("st-nobody", .short) { _ in "3" },                                                      // line 4
            row(pupils[2].id, .short, version: "2025.9") { _ in "3" },                                  // line 5
            row(pupils[0].id, .short) { _ in "2" },                                                     // line 6: repeats line 2
            row(pupils[3].id, .full, "de") { _ in "3" }.replacingOccurrences(of: ",full,", with: ",long,"),  // line 7
        ].joined(separator: "\n") + "\n" + [pupils[4].id, "short", "en", ""].joined(separator: ",") + ","
            + bank.items.map { $0.shortForm ? "3" : ($0.id == "R03" ? "4" : "") }.joined(separator: ",") + String(repeating: ",", count: 60))  // line 8
        // When it is imported
        let failure = try #require(throws: ImportFailure.self) { try importer(database).run([file]) }
        // Then each problem names its line, field and reason
        let found = Set(failure.problems.map { "\($0.line ?? 0):\($0.field ?? "")" })
        #expect(found == ["3:R01", "3:I01", "4:student", "5:version", "6:student", "7:form", "7:language", "8:R03"])
        #expect(failure.problems.contains { $0.line == 3 && $0.kind == .outOfRange(.answer, lower: "1", upper: "5") })
        #expect(failure.problems.contains { $0.line == 8 && $0.kind == .itemNotInForm(.short) })
        #expect(failure.problems.contains { $0.line == 4 && $0.kind == .unknownReference(.students, suggestions: []) })
        #expect(failure.problems.first { $0.line == 3 }?.description.hasPrefix("answers.csv:3: field 'R01' = '6': answer must be from 1 to 5") == true)
        // and nothing was stored, not even the good sheet
        #expect(try database.answers(of: pupils[0].id) == nil)
        // With --skip-invalid, the good sheet goes in and the rest are listed
        let partial = try importer(database, skipInvalid: true).run([file])
        #expect(partial.files[0].new == 1 && partial.files[0].invalid == 6 && !partial.problems.isEmpty)
        #expect(try database.answers(of: pupils[0].id) != nil)
    }

    @Test func aFullFormSheetInAFileWithoutItsColumnsIsRefusedAndUnknownColumnsAreNamed() throws {
        let database = try Fixtures.database(students: 40)
        let pupils = try pupils(database)
        let shortColumns = ["student", "form", "language"] + bank.items(.short).map(\.id)
        // A header with a column no item has is refused at the header, as for every kind
        let unknown = try Fixtures.file("answers.csv", (shortColumns + ["R99"]).joined(separator: ",") + "\n")
        let refused = try #require(throws: ImportFailure.self) { try importer(database).run([unknown]) }
        #expect(refused.problems.map { "\($0.line ?? 0):\($0.field ?? "")" } == ["1:R99"])
        // A short-form file holding a full-form sheet: the sheet is refused, naming the items it lacks
        let file = try Fixtures.file("answers.csv", [shortColumns.joined(separator: ","),
            ([pupils[0].id, "full", "ru"] + Array(repeating: "3", count: 30)).joined(separator: ",")].joined(separator: "\n"))
        let failure = try #require(throws: ImportFailure.self) { try importer(database).run([file]) }
        #expect(failure.problems.map(\.kind) == [.noColumnsForItems(bank.items.filter { !$0.shortForm }.map(\.id))])
        #expect(failure.problems.first?.line == 2 && failure.problems.first?.field == "form")
    }

    @Test func aJSONFileHoldsTheSameKeysAndALeftOutItemIsNotAnswered() throws {
        let database = try Fixtures.database(students: 40)
        let pupils = try pupils(database)
        let marks = bank.items(.short).map { "\"\($0.id)\": \($0.type == .conventional ? 5 : 2)" }.joined(separator: ", ")
        let file = try Fixtures.file("answers.json", """
            {"answers": [{"student": "\(pupils[0].id)", "form": "short", "language": "en", \(marks)},
                         {"student": "\(pupils[1].id)", "form": "short", "language": "en", "R01": 3, "colour": "red"}]}
            """)
        let failure = try #require(throws: ImportFailure.self) { try importer(database).run([file]) }
        #expect(failure.problems.map { "\($0.path ?? ""):\($0.field ?? "")" } == ["$.answers[1]:colour"])
        let report = try importer(database, skipInvalid: true).run([file])
        #expect(report.files[0].new == 1)
        #expect(try database.student(id: pupils[0].id)?.interests[.conventional] == 1)
    }

    @Test func withoutTheItemBankAnswerSheetsAreRefused() throws {
        let database = try Fixtures.database(students: 5)
        let file = try Fixtures.file("answers.csv", header + "\n")
        let failure = try #require(throws: ImportFailure.self) {
            try Importer(database: database, options: Importer.Options(kind: .answers)).run([file])
        }
        #expect(failure.problems.map(\.kind) == [.noItemBank])
        // The kind is told from the file's name too
        #expect(RecordKind.guess(fromFileName: "answers-9a.csv") == .answers)
    }
}
