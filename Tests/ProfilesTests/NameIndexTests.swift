import Testing
@testable import Profiles
import TestSupport

/// Skills, regions and subjects as people type them, in the shipped catalogue.
@Suite("Names as people type them: stems, word order, Kazakh Latin, regions and subjects")
struct NameIndexTests {
    static let catalogue: Catalogue = {
        let database = try! MatchDatabase.inMemory()
        try! CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        return try! database.catalogue()
    }()

    var taxonomy: Taxonomy { Self.catalogue.taxonomy }

    @Test(arguments: ["Караганда", "Қарағанды", "Karaganda", "Карагандинской области", "Алматы", "Qaraǵandy", "kyzylorda", "Кокшетау", "Оскемен", "область", "математика", "Mathematics", "физике", "Казахский язык", "ағылшын тілі"])
    func probeRegions(phrase: String) {
        print("PROBE", phrase, Self.catalogue.regionNames.resolve(phrase), NameIndex(subjects: Self.catalogue.subjects).resolve(phrase))
    }

    @Test(arguments: ["сварка", "дәнекерлеу", "программирование", "шитьё", "компьютерная графика", "рисование", "ремонт техники",
                      "dánekerleý", "danekerleu", "welding"])
    func probe(phrase: String) {
        let found = taxonomy.names.matches(phrase, limit: 12)
        print("PROBE", phrase, taxonomy.names.resolve(phrase), taxonomy.names.resolve(phrase).id ?? "-", found.map { "\($0.id) \($0.method) \(String(format: "%.2f", $0.score)) [\($0.name)]" })
    }
}
