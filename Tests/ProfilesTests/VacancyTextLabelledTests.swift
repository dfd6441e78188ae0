import Foundation
import Testing
import Profiles
import TestSupport

/// The parser against vacancy texts written as Kazakh employers write them, each tagged by hand with the
/// skills and must-haves a careful HR officer would enter (Tests/Fixtures/vacancy-texts/labelled.txt,
/// labelled before the parser existed). Reports precision and recall of skills and of must-haves per
/// language, with the worst misses, and fails below precision 0.85 or recall 0.75 on skills.
@Suite("Vacancy texts against hand labels")
struct VacancyTextLabelledTests {
    struct Labelled {
        var id: String
        var language: String
        var sector: String
        var skills: Set<String>
        var must: Set<String>
        var text: String
    }

    /// Counts of one comparison: found and labelled, found only, labelled only.
    struct Tally {
        var hits = 0, extra = 0, missed = 0
        var precision: Double { hits + extra == 0 ? 1 : Double(hits) / Double(hits + extra) }
        var recall: Double { hits + missed == 0 ? 1 : Double(hits) / Double(hits + missed) }
        mutating func add(found: Set<String>, labelled: Set<String>) {
            hits += found.intersection(labelled).count
            extra += found.subtracting(labelled).count
            missed += labelled.subtracting(found).count
        }
    }

    /// The texts the parser and the taxonomy's synonyms were tuned on, and texts labelled after that and
    /// never tuned on, which say how the parser does on texts it has not seen.
    static let files = ["labelled.txt", "held-out.txt"]

    /// Blocks separated by `---` lines: `key: value` lines, a blank line, then the text.
    static func labelled(_ name: String = "labelled.txt") throws -> [Labelled] {
        let file = Fixtures.root.appendingPathComponent("vacancy-texts").appendingPathComponent(name)
        let content = try String(contentsOf: file, encoding: .utf8)
        return content.components(separatedBy: "\n---\n").map { block in
            let parts = block.components(separatedBy: "\n\n")
            var fields: [String: String] = [:]
            for line in parts[0].split(separator: "\n") {
                let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                fields[pair[0]] = pair.count > 1 ? pair[1] : ""
            }
            func ids(_ key: String) -> Set<String> {
                Set((fields[key] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
            }
            return Labelled(id: fields["id"] ?? "?", language: fields["lang"] ?? "?", sector: fields["sector"] ?? "?",
                            skills: ids("skills"), must: ids("must"),
                            text: parts.dropFirst().joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func labelsNameRealSkillsAndCoverTheSectors() throws {
        let catalogue = try Self.catalogue()
        let texts = try Self.files.flatMap { try Self.labelled($0) }
        #expect(try Self.labelled().count >= 60)
        #expect(Set(texts.map(\.id)).count == texts.count)
        for text in texts {
            for id in text.skills.union(text.must) { #expect(catalogue.taxonomy.skill(id: id) != nil, "\(text.id): unknown skill \(id)") }
            #expect(text.must.isSubset(of: text.skills), "\(text.id): a must-have that is not a skill")
            #expect(!text.text.isEmpty)
        }
        #expect(Set(texts.map(\.language)).isSuperset(of: ["ru", "kk", "mixed"]))
        #expect(Set(texts.map(\.sector)).isSuperset(of: ["mining", "processing", "tyres", "appliances", "electronics", "welding",
                                                         "machining", "hotel", "catering", "it", "sewing", "agriculture"]))
    }

    @Test(arguments: files)
    func skillsAreFoundWithPrecisionAndRecall(_ file: String) throws {
        let parser = VacancyTextParser(catalogue: try Self.catalogue())
        let texts = try Self.labelled(file)
        var skills: [String: Tally] = [:], must: [String: Tally] = [:]
        var misses: [(id: String, missed: [String], extra: [String])] = []
        for text in texts {
            let parsed = parser.parse(text.text)
            let found = Set(parsed.requirements.map(\.skillID)), foundMust = Set(parsed.requirements.filter(\.mustHave).map(\.skillID))
            for key in [text.language, "all"] {
                skills[key, default: Tally()].add(found: found, labelled: text.skills)
                must[key, default: Tally()].add(found: foundMust, labelled: text.must)
            }
            let missed = text.skills.subtracting(found).sorted(), extra = found.subtracting(text.skills).sorted()
            let mustMissed = text.must.subtracting(foundMust).map { "must:" + $0 }, mustExtra = foundMust.subtracting(text.must).map { "must:" + $0 }
            if ProcessInfo.processInfo.environment["VACANCY_TEXT_DEBUG"] != nil {
                for r in parsed.requirements where !text.skills.contains(r.skillID) { print("EXTRA \(text.id) \(r.skillID) [\(r.span.text)] \(r.method) \(r.matchedName)") }
            }
            if !(missed + extra + mustMissed + mustExtra).isEmpty { misses.append((text.id, missed + mustMissed.sorted(), extra + mustExtra.sorted())) }
        }
        func figures(_ tally: Tally) -> String {
            String(format: "P %.3f R %.3f (hits %d, extra %d, missed %d)", tally.precision, tally.recall, tally.hits, tally.extra, tally.missed)
        }
        var report = "Vacancy texts in \(file): \(texts.count)\n"
        for key in ["ru", "kk", "mixed", "en", "all"] where skills[key] != nil {
            report += "\(key): texts \(texts.count { $0.language == key || key == "all" }); skills \(figures(skills[key]!)); must-haves \(figures(must[key]!))\n"
        }
        report += "Misses (labelled but not found | found but not labelled):\n"
        for miss in misses.sorted(by: { ($0.missed.count + $0.extra.count, $1.id) > ($1.missed.count + $1.extra.count, $0.id) }) {
            report += "  \(miss.id): \(miss.missed.joined(separator: " ")) | \(miss.extra.joined(separator: " "))\n"
        }
        print(report)
        let all = skills["all"]!
        #expect(all.precision >= 0.85, "skill precision \(all.precision)\n\(report)")
        #expect(all.recall >= 0.75, "skill recall \(all.recall)\n\(report)")
    }

    static func catalogue() throws -> Catalogue {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        return try database.catalogue()
    }
}
