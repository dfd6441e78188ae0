import Foundation
import Testing
@testable import Profiles
import TestSupport

/// `import --kind postings`: schema.org JobPostings, as vacancy boards embed them, become vacancies with
/// parsed requirements; every problem names file, JSON path, field and value; all or nothing by default.
@Suite("Import of schema.org JobPostings")
struct PostingImportTests {
    static let vulcaniser = """
        {"@context": "https://schema.org", "@type": "JobPosting", "title": "Прессовщик-вулканизаторщик",
         "description": "<p>Вулканизация шин на прессах.</p><ul><li>Знание ТБ обязательно</li><li>Работа в 3 смены</li></ul>",
         "skills": ["Вулканизация шин", "Охрана труда"],
         "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36},
         "employmentType": "FULL_TIME", "hiringOrganization": {"@type": "Organization", "name": "Tengri Tyres"},
         "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Сарань"}},
         "totalJobOpenings": 12, "identifier": {"@type": "PropertyValue", "name": "enbek", "value": "vulc-2026-17"}}
        """
    static let intern = """
        {"@type": "JobPosting", "title": "Стажёр-сборщик", "description": "Сборка стиральных машин на конвейере.",
         "employmentType": ["INTERN"], "hiringOrganization": "ТОО «Silk Road Electronics» (завод бытовой техники)",
         "jobLocation": {"address": {"addressLocality": "Saran"}}}
        """
    static let bad = """
        {"@type": "JobPosting", "title": "Сварщик", "description": "Ручная дуговая сварка обязательно.",
         "hiringOrganization": {"name": "Завод Рога и Копыта"}, "totalJobOpenings": 0, "employmentType": "SOMETIMES"}
        """

    static func database() throws -> MatchDatabase {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        return database
    }

    func run(_ database: MatchDatabase, _ files: [String], skipInvalid: Bool = false) throws -> Importer.Report {
        var options = Importer.Options(skipInvalid: skipInvalid, kind: .postings)
        options.referenceYear = Fixtures.referenceYear
        return try Importer(database: database, options: options).run(files)
    }

    @Test func postingsBecomeVacanciesWithParsedRequirements() throws {
        // Given a JSON-LD array of two postings
        let database = try Self.database()
        let file = try Fixtures.file("postings.jsonld", "[\(Self.vulcaniser), \(Self.intern)]")
        // When it is imported, twice
        let first = try run(database, [file]).files[0]
        let again = try run(database, [file]).files[0]
        // Then both are new vacancies, and the second import changes nothing
        #expect((first.read, first.new, first.invalid) == (2, 2, 0))
        #expect((again.new, again.unchanged) == (0, 2))
        let vacancies = Dictionary(uniqueKeysWithValues: try database.catalogue().vacancies.map { ($0.id, $0) })
        let vulcaniser = try #require(vacancies["tengri-tyres-vulc-2026-17"])
        #expect(vulcaniser.enterpriseID == "tengri-tyres" && vulcaniser.regionID == "karaganda")
        #expect(vulcaniser.headcount == 12 && vulcaniser.kind == .job && vulcaniser.minimumAge == 18)
        #expect(vulcaniser.title.ru == "Прессовщик-вулканизаторщик")
        let requirements = Dictionary(uniqueKeysWithValues: vulcaniser.requirements.map { ($0.skillID, $0) })
        #expect(requirements["tyre-curing"]?.level == 4)  // 36 months: three years
        #expect(requirements["occupational-safety"]?.mustHave == true)
        let intern = try #require(vacancies["silk-road-electronics-stazher-sborshchik"])
        #expect(intern.kind == .internship)
        #expect(intern.regionID == "karaganda" && intern.requirements.contains { $0.skillID == "washing-machine-assembly" })
    }

    @Test func anHTMLPageIsReadFromItsLDJSONScripts() throws {
        let database = try Self.database()
        let page = """
            <!doctype html><html><head><title>Вакансия</title>
            <script type='application/ld+json'>{"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "x"}, \(Self.vulcaniser)]}</script>
            <script src="app.js"></script></head><body><p>Прессовщик</p></body></html>
            """
        let report = try run(database, [try Fixtures.file("vacancy.html", page)])
        #expect(report.files[0].new == 1)
        #expect(try database.catalogue().vacancies.contains { $0.id == "tengri-tyres-vulc-2026-17" })
    }

    @Test func everyProblemIsLocatedAndNothingIsWritten() throws {
        // Given a file with a good posting and a bad one
        let database = try Self.database()
        let before = try database.catalogue().vacancies.count
        let file = try Fixtures.file("postings.json", "[\(Self.vulcaniser), \(Self.bad)]")
        // When it is imported
        let failure = try #require(throws: ImportFailure.self) { try run(database, [file]) }
        // Then each problem names the file, the posting's path, the field and the value, and nothing was stored
        let problems = Set(failure.problems.map { "\($0.file) \($0.path ?? "") \($0.field ?? "") \($0.value ?? "")" })
        #expect(problems == [
            "postings.json $[1] hiringOrganization Завод Рога и Копыта",
            "postings.json $[1] employmentType SOMETIMES",
            "postings.json $[1] totalJobOpenings 0",
            "postings.json $[1] jobLocation ",
        ])
        #expect(try database.catalogue().vacancies.count == before)
        // And with --skip-invalid the good one goes in and the bad one is reported
        let skipped = try run(database, [file], skipInvalid: true)
        #expect(skipped.committed && skipped.files[0].new == 1 && skipped.files[0].invalid == 1 && skipped.problems.count == 4)
    }

    @Test func aFileWithoutPostingsOrWithBrokenJSONIsReported() throws {
        let database = try Self.database()
        let none = try #require(throws: ImportFailure.self) { try run(database, [try Fixtures.file("none.jsonld", "{\"@type\": \"Organization\"}")]) }
        #expect(none.problems.map(\.kind) == [.noJobPosting])
        let broken = try #require(throws: ImportFailure.self) { try run(database, [try Fixtures.file("broken.jsonld", "[{\"@type\": \"JobPosting\",")]) }
        #expect(broken.problems.count == 1 && broken.problems[0].line == 1 && broken.problems[0].path?.hasPrefix("$[0]") == true)
        if case .invalidJSON = broken.problems.first?.kind {} else { Issue.record("not a JSON problem: \(broken.problems)") }
        let page = try Fixtures.file("page.html", "<html><script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": }</script></html>")
        let inPage = try #require(throws: ImportFailure.self) { try run(database, [page]) }
        #expect(inPage.problems.count == 1 && inPage.problems[0].path?.hasPrefix("script[1] $") == true)
        let noSkills = try #require(throws: ImportFailure.self) {
            try run(database, [try Fixtures.file("p.jsonld", "{\"@type\": \"JobPosting\", \"title\": \"Менеджер\", \"hiringOrganization\": \"Tengri Tyres\"}")])
        }
        #expect(noSkills.problems.map(\.kind) == [.noSkillsFound])
    }
}
