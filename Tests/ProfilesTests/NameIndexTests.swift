import Testing
@testable import Profiles
import TestSupport

/// Skills, regions and subjects as people type them, in the shipped catalogue.
@Suite("Names as people type them: stems in any order, Kazakh Latin, groups of skills, regions and subjects")
struct NameIndexTests {
    static let catalogue: Catalogue = {
        let database = try! MatchDatabase.inMemory()
        try! CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        return try! database.catalogue()
    }()

    var skills: NameIndex { Self.catalogue.taxonomy.names }

    static let welding = ["mma-welding", "mig-mag-welding", "tig-welding", "gas-welding", "pipe-welding"]

    @Test(arguments: [
        ("сварка", welding),
        ("дәнекерлеу", welding),
        ("dánekerleý", welding),
        ("danekerleu", welding),
        ("DÄNEKERLEU", welding),
        ("welding", welding),
        ("программирование", ["python", "java", "cpp", "csharp", "javascript", "1c-programming", "plc-programming", "cnc-programming"]),
        ("шитьё", ["industrial-sewing", "tailoring"]),
        ("шитье", ["industrial-sewing", "tailoring"]),
        ("рисование", ["freehand-drawing", "fashion-sketching", "vector-graphics"]),
        ("ремонт техники", ["appliance-repair", "computer-hardware"]),
    ])
    func aWordSeveralSkillsShareNamesThemAll(phrase: String, expected: [String]) throws {
        // When a phrase that names a group of skills is resolved
        let resolution = skills.resolve(phrase)
        // Then it is not taken for one: every skill of the group is a candidate, found by stems
        guard case .several(let candidates) = resolution else {
            Issue.record("\(phrase) → \(resolution)")
            return
        }
        #expect(Set(expected).isSubset(of: candidates.map(\.id)), "\(candidates.map(\.id))")
        #expect(candidates.allSatisfy { $0.method == .stems && $0.coversPhrase })
    }

    @Test func drawingComesBeforeWhatIsSpelledLikeIt() {
        // «рисование» used to suggest «титрование» by spelling alone; now the drawing skills come first
        let found = skills.matches("рисование")
        let stems = found.prefix { $0.method == .stems }.map(\.id)
        #expect(Set(["freehand-drawing", "fashion-sketching", "vector-graphics"]).isSubset(of: stems))
        #expect(!stems.contains("titration"))
        guard case .several(let candidates) = skills.resolve("рисование") else { Issue.record("not several"); return }
        #expect(!candidates.contains { $0.id == "titration" })
    }

    @Test(arguments: [
        ("компьютерная графика", "graphic-design"),   // a synonym the catalogue now has
        ("Компьютерлік графика", "graphic-design"),
        ("computer graphics", "graphic-design"),
        ("Газовая сварка", "gas-welding"),             // exact label, as before
        ("mma-welding", "mma-welding"),                // id
        ("сварка ручная дуговая", "mma-welding"),      // a label's words in another order
        ("ручной дуговой сварки", "mma-welding"),      // and in another case
        ("бытовой техники ремонт", "appliance-repair"),
        ("құбырларды дәнекерлеу", "pipe-welding"),
        ("qubyrlardy dánekerleý", "pipe-welding"),     // Kazakh Latin
        ("qubyrlardy danekerleu", "pipe-welding"),     // without its diacritics
    ])
    func theWordsOfOneNameResolveToItsSkill(phrase: String, id: String) {
        #expect(skills.resolve(phrase).id == id, "\(skills.resolve(phrase))")
    }

    @Test func anExactNameStillResolvesSilentlyAndFirst() throws {
        guard case .resolved(let match) = skills.resolve("Ручная ДУГОВАЯ сварка") else { Issue.record("not resolved"); return }
        #expect(match.method == .label && match.score == 1 && match.id == "mma-welding")
        #expect(skills.matches("Ручная дуговая сварка").first?.id == "mma-welding")
    }

    @Test(arguments: ["сварка", "ремонт техники", "компьютерная графика", "programing", "свaрка трубопроводов", "Програмирование на Python"])
    func meaningRanksBeforeSpelling(phrase: String) {
        // Candidates are in score order, exact names first, then shared stems, then spelling
        let found = skills.matches(phrase, limit: 50)
        #expect(found.map(\.score) == found.map(\.score).sorted(by: >))
        let order: [NameMatch.Method: Int] = [.id: 0, .label: 0, .synonym: 0, .stems: 1, .spelling: 2]
        let ranks = found.map { order[$0.method]! }
        #expect(ranks == ranks.sorted(), "\(found.map { "\($0.id) \($0.method)" })")
    }

    @Test func aMisspeltNameIsSuggestedBySpelling() {
        guard case .unknown(let suggestions) = skills.resolve("Програмирование на Pyhton") else { Issue.record("resolved"); return }
        #expect(suggestions.first?.id == "python")
    }

    @Test(arguments: [
        "karaganda", "Karaganda", "KARAGANDA", "Қарағанды облысы", "қарағанды", "Қарағанды", "Карагандинская область",
        "карагандинская ОБЛАСТЬ", "Карагандинской области", "Караганда", "Qaraǵandy", "Qarağandy", "qaragandy",
    ])
    func aRegionIsNamedInKazakhRussianEnglishOrByItsCentre(name: String) {
        #expect(Self.catalogue.regionNames.resolve(name).id == "karaganda", "\(Self.catalogue.regionNames.resolve(name))")
    }

    @Test(arguments: [("Алматы", "almaty-city"), ("Almaty", "almaty-city"), ("Алматы облысы", "almaty-region"), ("Кокшетау", "akmola"),
                      ("Oskemen", "east-kazakhstan"), ("Шымкент", "shymkent"), ("Astana", "astana"), ("Астана", "astana")])
    func centresAndCitiesResolveWhereUnambiguous(name: String, id: String) {
        #expect(Self.catalogue.regionNames.resolve(name).id == id, "\(Self.catalogue.regionNames.resolve(name))")
    }

    @Test func aWordEveryRegionHasIsAmbiguous() {
        guard case .several(let candidates) = Self.catalogue.regionNames.resolve("область") else { Issue.record("not several"); return }
        #expect(candidates.count > 10)
    }

    @Test(arguments: [("math", "math"), ("Математика", "math"), ("МАТЕМАТИКА", "math"), ("Mathematics", "math"), ("mathematics", "math"),
                      ("физике", "physics"), ("Physics", "physics"), ("Ағылшын тілі", "english"), ("английский язык", "english"),
                      ("English language", "english"), ("Қазақ тілі", "kazakh"), ("Казахский язык", "kazakh")])
    func aSubjectIsNamedInKazakhRussianOrEnglish(name: String, id: String) {
        let subjects = NameIndex(subjects: Self.catalogue.subjects)
        #expect(subjects.resolve(name).id == id, "\(subjects.resolve(name))")
    }

    @Test func oneSkillsNameIsNeverAnothersEvenAfterStemming() {
        // Every label and synonym of the shipped catalogue resolves to its own skill.
        for skill in Self.catalogue.taxonomy.skills {
            for name in skill.allNames {
                #expect(skills.resolve(name).id == skill.id, "\(name)")
            }
        }
    }
}
