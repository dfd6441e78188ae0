/// The stems a word is compared by, each tagged with the language whose stemmer made it ("ru:сварк",
/// "kk:данекерле", "en:weld"), so two languages' stems never meet by chance.
///
/// A name in the catalogue is stemmed in its own language; a phrase a person typed in every language its
/// script allows: Cyrillic as Russian and Kazakh (only Kazakh when it has a Kazakh letter), Latin as
/// English and as Kazakh in the Latin alphabet (`KazakhLatin`).
public enum WordStems {
    /// The language a name is written in.
    public enum Language: Sendable, Hashable {
        case kazakh, russian, english
    }

    /// The words of a phrase, lower-cased: runs of letters and digits (with `+` and `#`, for C++ and C#),
    /// without the little words that join others ("и", "в", "of", "және").
    /// - Complexity: O(*n*) in the phrase's length.
    public static func words(_ phrase: String) -> [String] {
        phrase.lowercased()
            .split { !isWordCharacter($0) }
            .map(String.init)
            .filter { !stopWords.contains($0) }
    }

    /// Whether the character belongs to a word (`words(_:)`): a letter, a digit, `+` or `#`.
    public static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "+" || character == "#"
    }

    /// Whether the lower-cased word is one of the little words `words(_:)` leaves out.
    public static func isJoiningWord(_ word: String) -> Bool { stopWords.contains(word) }

    /// The stems of one word of a name written in `language`. A Latin word is read as English and as
    /// Kazakh Latin whatever the name's language ("Python", "Karaganda" in a Russian name).
    public static func stems(ofNameWord word: String, in language: Language) -> [String] {
        if KazakhLatin.hasLatinLetter(word) { return latinStems(word) }
        return [language == .kazakh ? kazakh(word) : russian(word)]
    }

    /// The stems of one word a person typed, in every language its script allows.
    public static func stems(ofTypedWord word: String) -> [String] {
        if KazakhLatin.hasLatinLetter(word) { return latinStems(word) }
        if word.unicodeScalars.contains(where: kazakhLetters.contains) { return [kazakh(word)] }
        return [russian(word), kazakh(word)]
    }

    private static func latinStems(_ word: String) -> [String] {
        ["en:" + SnowballStemmer.english.stem(word), kazakh(KazakhLatin.cyrillic(word))]
    }

    private static func russian(_ word: String) -> String { "ru:" + SnowballStemmer.russian.stem(word) }

    private static func kazakh(_ word: String) -> String { "kk:" + KazakhStemmer.stem(word) }

    /// Letters only Kazakh uses among the Cyrillic alphabets read here.
    private static let kazakhLetters = Set("әғқңөұүһі".unicodeScalars)

    private static let stopWords: Set<String> = [
        "и", "в", "во", "на", "по", "с", "со", "для", "от", "к", "из", "за", "о", "об", "при", "без", "или",
        "және", "мен", "бен", "пен", "үшін", "бойынша", "немесе",
        "and", "of", "the", "in", "on", "for", "with", "to", "a", "an", "or",
    ]
}
