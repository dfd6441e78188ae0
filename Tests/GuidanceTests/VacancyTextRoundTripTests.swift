import Foundation
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import TestSupport

/// `vacancy parse --format csv` writes a vacancies file that `import --kind vacancies` reads back into
/// exactly the vacancies proposed; the JSON is the document the employer's page shows.
@Suite("Vacancy texts: CSV round trip through the importer")
struct VacancyTextRoundTripTests {
    static let texts = [
        "Требуется прессовщик-вулканизаторщик, опыт от 1 года, знание ТБ обязательно, работа в 3 смены.",
        "Электрогазосварщик 4 разряда. Ручная дуговая сварка обязательно, полуавтомат. Чтение чертежей.",
        "Тігін фабрикасына тігінші қажет, 12 адам. Оверлокта жұмыс істей білу, тәжірибесі 2 жылдан.",
        "Internship: QA Engineer. Software testing of web applications, basic JavaScript, Git.",
        "Требуется прессовщик-вулканизаторщик в ночную смену, ТБ обязательно.",
    ]

    @Test func theCSVImportsBackIntoTheProposedVacancies() throws {
        // Given the shipped catalogue and five texts of one employer
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        let engine = MatchEngine(store: database)
        let request = VacancyTextRequest(texts: Self.texts.map { VacancyTextInput(text: $0) }, enterpriseID: "tengri-tyres")
        // When they are read and written as CSV, and the CSV is imported
        let reading = try engine.readVacancyTexts(request)
        let csv = try reading.render(.csv)
        let file = try Fixtures.file("vacancies.csv", csv)
        var options = Importer.Options(kind: .vacancies)
        options.referenceYear = Fixtures.referenceYear
        let report = try engine.importRecords(ImportRequest(files: [file], options: options))
        // Then every proposed vacancy is stored as proposed (ids kept apart where two titles are the same)
        #expect(report.files[0].new == Self.texts.count)
        #expect(Set(reading.vacancies.map(\.id)).count == Self.texts.count)
        let stored = Dictionary(uniqueKeysWithValues: try database.catalogue().vacancies.map { ($0.id, $0) })
        for proposed in reading.vacancies {
            var found = try #require(stored[proposed.id], "\(proposed.id) not stored")
            #expect(!proposed.requirements.isEmpty)
            found.requirements.sort { $0.skillID < $1.skillID }
            var expected = proposed
            expected.requirements.sort { $0.skillID < $1.skillID }
            #expect(found == expected)
        }
        #expect(reading.vacancies.last?.minimumAge == 18 && reading.vacancies[2].headcount == 12 && reading.vacancies[3].kind == .internship)
        // And the JSON holds the same readings, spans and all
        let document = try JSONDecoder().decode(VacancyTextReading.Document.self, from: Data(try reading.render(.json).utf8))
        #expect(document == reading.document)
        #expect(document.texts.allSatisfy { item in item.requirements.allSatisfy { !$0.span.text.isEmpty && !$0.label.isEmpty } })
    }

    @Test func anUnknownEnterpriseIsAnError() throws {
        let engine = MatchEngine(store: try Fixtures.database())
        #expect(throws: GuidanceError.self) {
            try engine.readVacancyTexts(VacancyTextRequest(texts: [VacancyTextInput(text: "Токарь.")], enterpriseID: "tengri-tyre"))
        }
    }
}
