import Testing
import Stemming

@Suite("Kazakh stems, Kazakh Latin and Snowball's stemmers")
struct KazakhStemmerTests {
    @Test(arguments: [
        // Forms of one word share a stem: case, possession, plural, agent, verbal noun.
        ["дәнекерлеу", "дәнекерлеуді", "дәнекерлеудің", "дәнекерлеуші", "дәнекерлеушілер", "Дәнекерлеу"],
        ["құбыр", "құбырлар", "құбырларды", "құбырлардың", "құбырға"],
        ["жөндеу", "жөндеуді", "жөндеуші"],
        ["бағдарламалау", "бағдарламалауды"],
        ["облыс", "облысы", "облысында"],
        ["техника", "техниканы", "техникаға"],
    ])
    func formsOfOneWordShareAStem(forms: [String]) {
        let stems = Set(forms.map { KazakhStemmer.stem($0.lowercased()) })
        #expect(stems.count == 1, "\(forms) → \(stems)")
    }

    @Test func differentWordsKeepDifferentStems() {
        // A programme is not programming, as in Russian (программа ≠ программирование).
        #expect(KazakhStemmer.stem("бағдарламалау") != KazakhStemmer.stem("бағдарлама"))
        #expect(KazakhStemmer.stem("тігінші") != KazakhStemmer.stem("тігін"))
        // Nothing is stripped below three letters.
        #expect(KazakhStemmer.stem("су") == "су")
        #expect(KazakhStemmer.stem("тіл").count == 3)
    }

    @Test(arguments: ["dánekerleý", "dänekerleu", "danekerleu", "DANEKERLEU".lowercased(), "dánekerleýshi"])
    func readsKazakhLatin(latin: String) {
        #expect(KazakhStemmer.stem(KazakhLatin.cyrillic(latin)) == KazakhStemmer.stem("дәнекерлеу"))
    }

    @Test func transliteratesBothOfficialLatinAlphabets() {
        #expect(KazakhLatin.cyrillic("qaraǵandy") == "қарағанды")
        #expect(KazakhLatin.cyrillic("qarağandy") == "қарағанды")
        #expect(KazakhLatin.cyrillic("shymkent") == "шымкент")
        #expect(KazakhLatin.cyrillic("ońtústik") == "оңтүстік")
        #expect(KazakhLatin.cyrillic("3d") == "3д")
    }

    @Test func snowballStemsRussianAndEnglish() {
        #expect(SnowballStemmer.russian.stem("сварка") == SnowballStemmer.russian.stem("сварки"))
        #expect(SnowballStemmer.russian.stem("программирование") == SnowballStemmer.russian.stem("программированию"))
        #expect(SnowballStemmer.english.stem("welding") == "weld")
    }

    @Test func typedWordsAreStemmedInEveryLanguageTheirScriptAllows() {
        #expect(WordStems.stems(ofTypedWord: "сварка").contains(WordStems.stems(ofNameWord: "сварка", in: .russian)[0]))
        #expect(WordStems.stems(ofTypedWord: "дәнекерлеу") == WordStems.stems(ofNameWord: "дәнекерлеу", in: .kazakh))
        #expect(Set(WordStems.stems(ofTypedWord: "danekerleu")).isSuperset(of: WordStems.stems(ofNameWord: "дәнекерлеу", in: .kazakh)))
        #expect(WordStems.words("Ремонт бытовой техники и оборудования") == ["ремонт", "бытовой", "техники", "оборудования"])
        #expect(WordStems.words("C++ и C#") == ["c++", "c#"])
    }
}
