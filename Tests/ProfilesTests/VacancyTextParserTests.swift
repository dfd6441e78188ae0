import Foundation
import Testing
import Profiles
import TestSupport

/// The vacancy-text parser's rules, each on a text whose right answer is plain: levels and must-haves
/// from employers' words, names in any order and form, ё and Kazakh Latin, a word resolved by its
/// neighbours, the facts of the post, words not in the taxonomy, and files of several texts.
@Suite("Vacancy texts: the parser's rules")
struct VacancyTextParserTests {
    /// Built once from the shipped catalogue (building it takes seconds in a debug build).
    static let parser: VacancyTextParser = {
        let database = try! MatchDatabase.inMemory()
        try! CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        return VacancyTextParser(catalogue: try! database.catalogue())
    }()

    func requirement(_ skill: String, in text: String, language: TextLanguage = .auto) -> ParsedVacancyText.Requirement? {
        Self.parser.parse(text, language: language).requirements.first { $0.skillID == skill }
    }

    @Test(arguments: [
        ("Токарь, начинающий специалист. Токарные работы.", 1),
        ("Токарь, опыт от 3 лет. Токарные работы.", 4),
        ("Токарь 3 разряд. Токарные работы.", 3),
        ("Токарь 5 разряда, токарные работы, опыт от 1 года.", 3),
        ("Токарь қажет. Токарлық өңдеу, тәжірибесі 2 жылдан.", 3),
        ("Turner. Lathe turning, 5+ years of experience.", 5),
        ("Токарь. Токарные работы.", 2),
    ])
    func levelsComeFromEmployersWords(_ text: String, _ level: Int) throws {
        let found = try #require(requirement("turning", in: text), "\(text)")
        #expect(found.level == level, "\(text)")
    }

    @Test(arguments: [
        ("Электросварщик. Ручная дуговая сварка обязательно, газовая резка.", true),
        ("Дәнекерлеуші. Электрдәнекерлеу міндетті.", true),
        ("Welder. MMA welding is required.", true),
        ("Required: MMA welding; gas cutting.", true),
        ("Электросварщик. Ручная дуговая сварка, знание ТБ обязательно.", false),
        ("Электросварщик. Ручная дуговая сварка желательно.", false),
    ])
    func mustHavesComeFromEmployersWords(_ text: String, _ must: Bool) throws {
        let found = try #require(requirement("mma-welding", in: text), "\(text)")
        #expect(found.mustHave == must, "\(text)")
        #expect(found.importance == (must ? 3 : text.contains("желательно") ? 1 : 2), "\(text)")
    }

    @Test func aWelcomeRequirementWeighsLeast() throws {
        let found = try #require(requirement("cnc-programming", in: "Оператор станков. Знание G-кода приветствуется."))
        #expect(found.importance == 1 && !found.mustHave)
    }

    @Test func namesAreFoundInAnyOrderAndFormWithTheirSpan() throws {
        let text = "Нужен сварщик: сварка ручная дуговая, опыт от 2 лет."
        let found = try #require(requirement("mma-welding", in: text))
        #expect(found.method == .stem)
        #expect(found.span.text == "сварка ручная дуговая")
        #expect(String(Array(text)[found.span.start..<found.span.end]) == found.span.text)
        let exact = try #require(requirement("mma-welding", in: "Ручная дуговая сварка."))
        #expect(exact.method == .label && exact.confidence > found.confidence)
        #expect(requirement("mma-welding", in: "Электросварка.")?.method == .synonym)
    }

    @Test func yoAndCaseAndKazakhLatinReadAlike() throws {
        #expect(requirement("tyre-inspection", in: "КОНТРОЛЁР ШИННОГО ПРОИЗВОДСТВА") != nil)
        #expect(requirement("tyre-inspection", in: "контролер шинного производства") != nil)
        let latin = Self.parser.parse("Qubyrlardy dánekerleý mindetti. Tájіrıbesі 2 jyldan.")
        let cyrillic = Self.parser.parse("Құбырларды дәнекерлеу міндетті. Тәжірибесі 2 жылдан.")
        #expect(cyrillic.requirements.contains { $0.skillID == "pipe-welding" && $0.mustHave })
        #expect(latin.requirements.map(\.skillID) == cyrillic.requirements.map(\.skillID))
    }

    @Test func aWordIsResolvedByItsNeighbours() {
        #expect(requirement("quality-control", in: "Контроль качества продукции.") != nil)
        #expect(requirement("quality-control", in: "Контроль ОТК, приёмка деталей.") != nil)
        // «стиральных машин»: the words of «Сборка стиральных машин» but «сборка», which many skills share.
        #expect(requirement("washing-machine-assembly", in: "Работа на линии стиральных машин.")?.method == .phrase)
        #expect(Self.parser.parse("Ремонт машин.").requirements.allSatisfy { $0.skillID != "washing-machine-assembly" })
        // «контроль» alone names several skills: none is taken.
        #expect(Self.parser.parse("Контроль.").requirements.isEmpty)
    }

    @Test func theFactsOfThePost() {
        let text = "Требуются прессовщики-вулканизаторщики — 20 человек. Опыт от 1 года, работа в 3 смены. г. Сарань."
        let parsed = Self.parser.parse(text)
        #expect(parsed.title == "Прессовщики-вулканизаторщики")
        #expect(parsed.headcount == 20)
        #expect(parsed.kind == .job)
        #expect(parsed.regionID == "karaganda" && parsed.town == "Saran")
        #expect(parsed.minimumAge == 18 && parsed.minimumAgeReason?.span?.text == "3 смены")
        #expect(parsed.language == .ru)
        #expect(Self.parser.parse("Стажировка для студентов: сборка печатных плат.").kind == .internship)
        #expect(Self.parser.parse("Дуальное обучение: сборщик покрышек.").kind == .dual)
        #expect(Self.parser.parse("Бариста в кофейню, приготовление кофе.").minimumAge == 16)
        #expect(Self.parser.parse("Горнорабочий на подземный рудник.").minimumAge == 18)
        #expect(Self.parser.parse("Бариста, от 21 года.").minimumAge == 21)
        // Welding is barred to minors: the skill makes the post adult-only.
        #expect(Self.parser.parse("Ручная дуговая сварка.").minimumAgeReason?.skillID == "mma-welding")
        #expect(Self.parser.parse("Шина зауытына вулканизаторшы қажет. Қостанай облысы.").language == .kk)
        #expect(Self.parser.parse("Агроном, Костанайская область.").regionID == "kostanay")
        #expect(Self.parser.parse("Шинный завод Tengri Tyres ищет сборщика покрышек.").enterpriseID == "tengri-tyres")
        #expect(Self.parser.parse("Сборщик покрышек", enterpriseID: "tengri-tyres").regionID == "karaganda")
    }

    @Test func wordsThatLookLikeSkillsButAreNotInTheTaxonomyAreListed() {
        let parsed = Self.parser.parse("Сварщик. Аттестация НАКС, знание Tekla Structures. Ручная дуговая сварка.")
        let unknown = parsed.notInTaxonomy.map(\.text)
        #expect(unknown.contains("НАКС"))
        #expect(unknown.contains { $0.hasPrefix("Tekla") })
        #expect(!unknown.contains { $0.contains("сварка") })
    }

    @Test func readingIsDeterministic() {
        let text = "Требуется электрогазосварщик 4 разряда. Ручная дуговая сварка обязательно, полуавтомат. Чтение чертежей."
        #expect(Self.parser.parse(text) == Self.parser.parse(text))
    }

    @Test func filesHoldTextsSeparatedByDashLinesOrAsJSONLines() throws {
        let plain = "Токарь.\n\nОпыт от 3 лет.\n---\nСварщик.\n----\n\n"
        let texts = try VacancyTextFile.texts(in: plain)
        #expect(texts.map(\.text) == ["Токарь.\n\nОпыт от 3 лет.", "Сварщик."])
        let lines = "{\"id\": \"t-1\", \"text\": \"Токарь.\", \"enterprise\": \"tengri-tyres\"}\n\n{\"text\": \"Сварщик.\"}\n"
        let json = try VacancyTextFile.texts(in: lines)
        #expect(json == [VacancyTextInput(id: "t-1", text: "Токарь.", enterprise: "tengri-tyres"), VacancyTextInput(text: "Сварщик.")])
        #expect(throws: VacancyTextFile.Problem.invalidLine(2, detail: .missingKey("text"))) { try VacancyTextFile.texts(in: "{\"text\": \"a\"}\n{\"id\": \"b\"}") }
        #expect(throws: VacancyTextFile.Problem.noTexts) { try VacancyTextFile.texts(in: "\n---\n") }
    }
}
