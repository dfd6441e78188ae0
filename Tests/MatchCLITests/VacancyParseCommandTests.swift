import Foundation
import Testing
import TestSupport

/// `match-cli vacancy parse` as a person runs it: a file of texts in, JSON or a vacancies CSV out, and
/// bad input told in the reader's language with the exit code 1; `import --kind postings` from the shell.
@Suite("match-cli vacancy parse and import --kind postings", .serialized)
struct VacancyParseCommandTests {
    struct Reading: Decodable {
        struct Item: Decodable {
            struct Requirement: Decodable { var skillID: String, level: Int, mustHave: Bool, method: String, label: String }
            var id: String, title: String, region: String?, minimumAge: Int, requirements: [Requirement]
        }
        var texts: [Item]
    }

    @Test func textsBecomeJSONAndAVacanciesFileThatImports() throws {
        // Given two texts in one file, separated by a line of hyphens
        let cli = try CLIRunner()
        let texts = "Требуется электрогазосварщик, опыт от 3 лет.\nРучная дуговая сварка обязательно.\n\nг. Сарань\n---\nТігінші қажет, оверлокта жұмыс істей білу."
        try Data(texts.utf8).write(to: cli.folder.appendingPathComponent("texts.txt"))
        // When they are read as JSON (the language told from the letters; labels in the interface language)
        let json = try cli.run(["vacancy", "parse", "texts.txt"], data: Fixtures.shippedData, environment: ["MATCH_LANG": "en"])
        #expect(json.status == 0, "\(json.stderr)")
        let reading = try JSONDecoder().decode(Reading.self, from: Data(json.stdout.utf8))
        // Then the blank line did not split the first text, and its must-have, level and region are read
        #expect(reading.texts.count == 2)
        let welder = try #require(reading.texts.first?.requirements.first { $0.skillID == "mma-welding" })
        #expect(welder.mustHave && welder.level == 4 && welder.label == "MMA welding")
        #expect(reading.texts[0].region == "karaganda" && reading.texts[0].minimumAge == 18)
        #expect(reading.texts[1].requirements.contains { $0.skillID == "overlock" })
        #expect(json.stderr.contains("Read 2 texts"))
        // And the CSV, with the employer named, imports as vacancies
        let csv = try cli.run(["vacancy", "parse", "texts.txt", "--enterprise", "tengri-tyres", "--format", "csv"], data: Fixtures.shippedData)
        #expect(csv.status == 0)
        try Data(csv.stdout.utf8).write(to: cli.folder.appendingPathComponent("parsed.csv"))
        let imported = try cli.run(["import", "parsed.csv", "--kind", "vacancies"], data: Fixtures.shippedData)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("2 new"), "\(imported.stdout)")
    }

    @Test func badInputIsToldInTheReadersLanguage() throws {
        let cli = try CLIRunner()
        try Data("{\"text\": \"Токарь.\"}\n{\"id\": \"x\"}\n".utf8).write(to: cli.folder.appendingPathComponent("texts.jsonl"))
        let line = try cli.run(["vacancy", "parse", "texts.jsonl"], data: Fixtures.shippedData, environment: ["MATCH_LANG": "ru"])
        #expect(line.status == 1 && line.stderr.contains("texts.jsonl:2") && line.stderr.contains("нет ключа 'text'"), "\(line.stderr)")
        let missing = try cli.run(["vacancy", "parse", "nothing.txt"], data: Fixtures.shippedData, environment: ["MATCH_LANG": "kk"])
        #expect(missing.status == 1 && missing.stderr.contains("nothing.txt: файлды оқу мүмкін емес"), "\(missing.stderr)")
        try Data("Токарь.".utf8).write(to: cli.folder.appendingPathComponent("one.txt"))
        let enterprise = try cli.run(["vacancy", "parse", "one.txt", "--enterprise", "tengri"], data: Fixtures.shippedData, environment: ["MATCH_LANG": "en"])
        #expect(enterprise.status != 0 && enterprise.stderr.contains("tengri-tyres"), "\(enterprise.stderr)")
    }

    @Test func aPostingWithProblemsWritesNothingAndSaysWhere() throws {
        let cli = try CLIRunner()
        let page = "<html><script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Сварщик\", "
            + "\"description\": \"Ручная дуговая сварка.\", \"hiringOrganization\": {\"name\": \"Рога и Копыта\"}}</script></html>"
        try Data(page.utf8).write(to: cli.folder.appendingPathComponent("posting.html"))
        let result = try cli.run(["import", "posting.html", "--kind", "postings"], data: Fixtures.shippedData, environment: ["MATCH_LANG": "ru"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("posting.html script[1] $: поле 'hiringOrganization' = 'Рога и Копыта': неизвестное предприятие"), "\(result.stderr)")
    }
}
