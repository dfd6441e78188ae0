import Foundation
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher
import TestSupport

/// The pupil's result page printed by headless Chromium: exactly one A4 page in kk, ru and en, for a real
/// pupil and for the fullest page the document allows (every list at its cap, the longest names of the
/// shipped catalogue), with the text a family needs and nothing about any other pupil.
@Suite("Pupil's result page: one printed A4 page", .serialized)
struct PupilResultPageTests {
    /// The shipped catalogue with a small cohort, built once for the suite.
    static let engine: MatchEngine = {
        let database = try! MatchDatabase.inMemory()
        try! CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 150, seed: 5, referenceYear: Fixtures.referenceYear).build(into: database)
        return MatchEngine(store: database)
    }()

    static func pupil() throws -> Student {
        try #require(try engine.snapshot().students.first { $0.stage.isSchool && $0.regionID == "karaganda" })
    }

    @Test(arguments: Language.allCases)
    func aRealPupilsPageIsOnePageWithTheirTextAndNoOneElses(language: Language) throws {
        // Given a pupil's result document, rendered
        let pupil = try Self.pupil()
        let result = try Self.engine.pupilResult(PupilResultRequest(studentID: pupil.id, language: language))
        let html = PupilResultPage(result).html
        // When Chromium prints it and reads its DOM
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try Chromium.printToPDF(html, in: folder)
        let text = try Chromium.dumpDOM(html, in: folder)
        // Then it is one page, with the advice line, the pupil's specialties, colleges and next steps
        #expect(PDFPages.count(in: pdf) == 1)
        let words = Words(language)
        #expect(!result.specialties.isEmpty)
        for needed in [words.resultTitle, words.adviceNotDecision, words.interestProfile, words.nextStepsHeading, pupil.id]
            + result.specialties.map(\.name) + result.specialties.flatMap { $0.colleges.map(\.name) } {
            #expect(text.contains(Chromium.serialised(needed)), "\(needed) is not on the page")
        }
        // and no other pupil's id
        let others = try Self.engine.snapshot().students.map(\.id).filter { $0 != pupil.id }
        #expect(others.allSatisfy { !text.contains($0) })
    }

    @Test(arguments: Language.allCases)
    func theFullestPageWithTheLongestNamesIsStillOnePage(language: Language) throws {
        let html = PupilResultPage(try Self.fullest(language)).html
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(PDFPages.count(in: try Chromium.printToPDF(html, in: folder)) == 1)
    }

    @Test func theCheckerFailsAPageWithItsContentDoubled() throws {
        // Given the fullest page with its body twice
        let page = PupilResultPage(try Self.fullest(.kk))
        let body = page.body(Words(.kk))
        let doubled = page.html.replacingOccurrences(of: body, with: body + "\n" + body)
        #expect(doubled.count > page.html.count + body.count / 2)
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Then the page count says it is not one page
        #expect(PDFPages.count(in: try Chromium.printToPDF(doubled, in: folder)) >= 2)
    }

    @Test func pageCountReadsPageObjectsNotThePagesTree() {
        let pdf = Data("<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>\n<</Type /Page /Parent 2 0 R>>\n<</Type/Page>>\n<</Type /PageLabel>>".utf8)
        #expect(PDFPages.count(in: pdf) == 2)
        #expect(PDFPages.count(in: Data()) == 0)
    }

    /// A real pupil's document with every list at its cap, filled with the longest names the shipped
    /// catalogue has in `language`, every flag raised and every next step.
    static func fullest(_ language: Language) throws -> PupilResult {
        let catalogue = try engine.snapshot().catalogue
        let names = Names(catalogue, language), words = Words(language)
        func longest(_ values: [String], _ count: Int) -> [String] { Array(values.sorted { ($0.count, $0) > ($1.count, $1) }.prefix(count)) }
        var result = try engine.pupilResult(PupilResultRequest(studentID: try pupil().id, language: language))
        let specialtyNames = longest(catalogue.specialties.map { $0.name[language] }, PupilResult.specialtiesShown)
        let collegeNames = longest(catalogue.colleges.map { $0.name[language] }, PupilResult.collegesShown)
        let town = longest(catalogue.colleges.map(\.town), 1)[0]
        let template = try #require(result.specialties.first)
        result.specialties = specialtyNames.enumerated().map { index, name in
            var specialty = template
            specialty.name = name
            specialty.code = "07150500"
            specialty.bandLabel = longest(FitBand.allCases.map(words.name(of:)), 1)[0]
            specialty.parts = SpecialtyPart.allCases.map { .init(part: $0, label: words.name(of: $0), weight: 0.2, value: 0.55) }
            specialty.reasons = [
                words.matchesInterests(longest(RIASEC.allCases.map(words.name(of:)), 3).joined(separator: ", ")),
                words.goodGrades(longest(catalogue.subjects.map { names.subject($0.id) }, 3).joined(separator: ", ")),
                words.demand(in: longest(catalogue.regions.map { $0.name[language] }, 1)[0], places: 12_345, seats: 12_345),
            ]
            specialty.colleges = collegeNames.map { .init(collegeID: "c\(index)", name: $0, town: town, seats: 1_000) }
            return specialty
        }
        result.skillsToDevelop = longest(catalogue.taxonomy.skills.map { $0.label[language] }, PupilResult.skillsShown).map {
            .init(skillID: "s", name: $0, has: 0, needed: 5, specialties: [1, 2, 3])
        }
        result.questionnaire = .init(form: .short, bankVersion: "2026.1", flags: QuestionnaireResult.Flag.allCases)
        result.interestsFlat = true
        result.nextSteps = [.visitOpenDays, .applyInAdmissionPeriod, .developSkills, .takeQuestionnaire(flagged: true), .talkItOver]
        return result
    }
}

/// Pages of a PDF: its `/Type /Page` objects (not the `/Pages` tree above them, nor `/PageLabel`s).
enum PDFPages {
    static func count(in pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?![A-Za-z])/).count
    }
}

/// Headless Chromium, as a person would print or read the page.
enum Chromium {
    static func printToPDF(_ html: String, in folder: URL) throws -> Data {
        let page = folder.appendingPathComponent("page-\(UUID().uuidString).html"), pdf = page.deletingPathExtension().appendingPathExtension("pdf")
        try Data(html.utf8).write(to: page)
        let status = try ReportBrowserTests.run(ReportBrowserTests.chromium, arguments(folder) + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString],
                                                timeout: 120)
        #expect(status == 0)
        // To look at the pages: MATCH_KEEP_PAGES=/some/folder keeps every PDF printed here.
        if let keep = ProcessInfo.processInfo.environment["MATCH_KEEP_PAGES"] {
            try? FileManager.default.copyItem(at: pdf, to: URL(fileURLWithPath: keep).appendingPathComponent(pdf.lastPathComponent))
        }
        return try Data(contentsOf: pdf)
    }

    /// The page's DOM after Chromium has parsed it (entities stay escaped as in the source).
    static func dumpDOM(_ html: String, in folder: URL) throws -> String {
        let page = folder.appendingPathComponent("dom-\(UUID().uuidString).html"), out = folder.appendingPathComponent("dom.txt")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ReportBrowserTests.chromium)
        process.arguments = arguments(folder) + ["--dump-dom", page.absoluteString]
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        #expect(process.terminationStatus == 0)
        return try String(contentsOf: out, encoding: .utf8)
    }

    /// Text as the DOM serialiser writes it in an element: `&`, `<` and `>` escaped, quotes not.
    static func serialised(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func arguments(_ folder: URL) -> [String] {
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(folder.appendingPathComponent("profile").path)"]
    }
}
