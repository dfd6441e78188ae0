import Foundation
import Testing
import TestSupport

/// `match-cli skills search`, and region names where the command line takes a region.
@Suite("match-cli skills search and region names", .serialized)
struct SkillsSearchTests {
    /// The part of `skills search --format json` these tests read.
    struct Search: Decodable {
        struct Candidate: Decodable { var rank: Int, skillID: String, label: String, score: Double, method: String, matchedName: String }
        var text: String
        var outcome: String
        var skillID: String?
        var candidates: [Candidate]
    }

    func search(_ arguments: [String], _ cli: CLIRunner) throws -> Search {
        let result = try cli.run(["skills", "search"] + arguments + ["--format", "json"], data: Fixtures.shippedData)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Search.self, from: Data(result.stdout.utf8))
    }

    @Test func aWordForAGroupListsItsSkillsByMeaning() throws {
        let cli = try CLIRunner()
        for phrase in ["сварка", "дәнекерлеу", "danekerleu"] {
            let found = try search([phrase, "--limit", "20"], cli)
            #expect(found.outcome == "several", "\(phrase)")
            let ids = found.candidates.map(\.skillID)
            #expect(Set(["mma-welding", "mig-mag-welding", "tig-welding", "gas-welding", "pipe-welding"]).isSubset(of: ids), "\(phrase): \(ids)")
            #expect(found.candidates.first?.method == "stems")
            #expect(found.candidates.map(\.rank) == Array(1...found.candidates.count))
            #expect(found.candidates.map(\.score) == found.candidates.map(\.score).sorted(by: >))
        }
    }

    @Test func anExactNameResolvesAndTheTableSaysSoInTheLanguageAsked() throws {
        let cli = try CLIRunner()
        let exact = try search(["Газовая сварка", "--lang", "en"], cli)
        #expect(exact.outcome == "resolved" && exact.skillID == "gas-welding")
        #expect(exact.candidates.first.map { ($0.method, $0.score, $0.label) } ?? ("", 0, "") == ("label", 1, "Oxy-fuel gas welding"))
        let table = try cli.run(["skills", "search", "Газовая сварка", "--lang", "en", "--limit", "3"], data: Fixtures.shippedData)
        #expect(table.status == 0)
        #expect(table.stdout.contains("'Газовая сварка' names one skill, gas-welding"), "\(table.stdout)")
        #expect(table.stdout.contains("Oxy-fuel gas welding") && table.stdout.contains("label"))
        let russian = try cli.run(["skills", "search", "шитьё"], data: Fixtures.shippedData)
        #expect(russian.stdout.contains("подходит к нескольким навыкам") && russian.stdout.contains("основы слов"), "\(russian.stdout)")
        #expect(russian.stdout.contains("industrial-sewing") && russian.stdout.contains("tailoring"))
    }

    @Test func theLimitIsChecked() throws {
        let cli = try CLIRunner()
        #expect(try search(["ремонт", "--limit", "2"], cli).candidates.count == 2)
        #expect(try cli.run(["skills", "search", "ремонт", "--limit", "0"], data: Fixtures.shippedData).status != 0)
    }

    @Test func regionOptionsTakeNames() throws {
        // Given a database with schoolchildren
        let cli = try CLIRunner()
        try cli.run(["init", "--students", "300", "--seed", "5"])
        // When the class list is asked for by the region's id and by its names
        let byID = try cli.run(["recommend", "--schoolchildren", "--region", "karaganda", "--format", "csv"])
        #expect(byID.status == 0, "\(byID.stderr)")
        for name in ["Карагандинская область", "Қарағанды облысы", "KARAGANDA", "Караганда"] {
            let byName = try cli.run(["recommend", "--schoolchildren", "--region", name, "--format", "csv"])
            // Then the lists are the same
            #expect(byName.status == 0, "\(name): \(byName.stderr)")
            #expect(byName.stdout == byID.stdout, "\(name)")
        }
    }
}
