import Testing
@testable import Profiles
import TestSupport

@Suite("Skill lookup by id, label or synonym in kk, ru and en")
struct TaxonomyTests {
    let taxonomy: Taxonomy

    init() throws { taxonomy = try Fixtures.database().catalogue().taxonomy }

    @Test(arguments: [
        ("mma-welding", "mma-welding"),
        ("Қолмен доғалық дәнекерлеу", "mma-welding"),  // kk label
        ("ручная дуговая сварка", "mma-welding"),      // ru label, other case
        ("  Ручная   ДУГОВАЯ\tсварка ", "mma-welding"), // white space folded
        ("Stick welding", "mma-welding"),              // en synonym
        ("электросварка", "mma-welding"),              // ru synonym
        ("Газорезка", "gas-cutting"),
        ("Техника безопасности", "occupational-safety"),
    ])
    func resolvesNames(name: String, id: String) {
        #expect(taxonomy.resolve(name) == id)
    }

    @Test func foldsYoAndUnicodeForms() throws {
        // ё/е: a synonym written with ё is found when typed with е, and the other way round.
        let skill = Skill(id: "x", group: .technical, label: LocalizedText(kk: "Шёт", ru: "Счёт", en: "Count"))
        let local = try Taxonomy([skill])
        #expect(local.resolve("счет") == "x")
        #expect(local.resolve("шет") == "x")
        // NFC versus NFD: "й" precomposed and decomposed are one name.
        let decomposed = "Мой".decomposedStringWithCanonicalMapping
        let kazakh = try Taxonomy([Skill(id: "y", group: .technical, label: LocalizedText(kk: "Мой", ru: "М", en: "M"))])
        #expect(kazakh.resolve(decomposed) == "y")
    }

    @Test func suggestsCloseNamesForUnknownOnes() {
        #expect(taxonomy.resolve("welding") == nil)
        #expect(taxonomy.suggestions(for: "welding").contains("mma-welding"))
        #expect(taxonomy.suggestions(for: "Програмирование").contains("programming"))
    }

    @Test func rejectsANameSharedByTwoSkills() {
        let a = Skill(id: "a", group: .technical, label: LocalizedText(kk: "А", ru: "Сварка", en: "A"))
        let b = Skill(id: "b", group: .technical, label: LocalizedText(kk: "Б", ru: "Б", en: "B"), synonyms: [.ru: ["СВАРКА"]])
        #expect(throws: TaxonomyError.self) { try Taxonomy([a, b]) }
    }
}
