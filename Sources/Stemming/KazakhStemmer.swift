/// A Kazakh suffix stripper: the stem two forms of one word share, "дәнекерлеуді", "дәнекерлеуші" and
/// "dánekerleý" → "данекерле"; "құбырларды" → "кубыр".
///
/// Why not hunspell-kk: its dictionary lists derived words as roots of their own (дәнекерлеу and
/// дәнекерлеуші stem apart), does not know inflected verbal nouns ("дәнекерлеуді" has no stem) nor the
/// catalogue's compounds and loanwords, and needs its files at run time. Kazakh is agglutinative and
/// regular, so a stripper of the endings that matter for names (Docs/Matching.md) stems every word the
/// same way on both sides of a match, known to a dictionary or not.
///
/// The word is first folded (`fold`): letters that a Latin or Russian keyboard may lose fall onto a
/// neighbour (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ ү→у, һ→х, і и й→ы, ё э→е), so harmony pairs of a suffix
/// (-ды/-ді) are one. Then at most one ending of each layer is stripped, outermost first — case,
/// possession, plural, then the agent (-шы), quality (-лық) and verbal-noun (-у) derivations — each only
/// when at least three letters, one of them a vowel, remain.
public enum KazakhStemmer {
    /// The stem of one lower-cased Cyrillic word, folded.
    /// - Complexity: O(*n*) in the word's length.
    public static func stem(_ word: String) -> String {
        var stem = Array(fold(word).unicodeScalars)
        for layer in layers {
            for suffix in layer where strip(suffix, from: &stem) { break }
        }
        return String(String.UnicodeScalarView(stem))
    }

    /// The word with the letters a keyboard may lose merged into their neighbours.
    public static func fold(_ word: String) -> String {
        String(String.UnicodeScalarView(word.unicodeScalars.map { folded[$0] ?? $0 }))
    }

    /// One ending; `afterVowel` for the forms that follow only a vowel (-ны, -сы), whose consonant
    /// would otherwise be taken from the stem; `notAfter` a letter it does not follow ("облысы" is
    /// облыс + ы, not облы + сы: few stems end in ы/і; "тігінші" keeps the ы of -шы).
    struct Suffix {
        let letters: [Unicode.Scalar]
        let afterVowel: Bool
        let notAfter: Unicode.Scalar?

        init(_ text: String, afterVowel: Bool = false, notAfter: Unicode.Scalar? = nil) {
            letters = Array(text.unicodeScalars)
            self.afterVowel = afterVowel
            self.notAfter = notAfter
        }
    }

    // Folded forms, longest first within a layer.
    static let layers: [[Suffix]] = [
        // Case: genitive, ablative, locative, instrumental, dative, accusative.
        ["нын", "нан", "нен", "нда", "нде"].map { Suffix($0, afterVowel: true) }
            + ["дын", "тын", "дан", "ден", "тан", "тен", "мен", "бен", "пен"].map { Suffix($0) }
            + ["на", "не", "ны"].map { Suffix($0, afterVowel: true) }
            // (-қа/-ке would fold onto the -ка of техника and the like, so they stay.)
            + ["га", "ге", "ды", "ты", "да", "де", "та", "те"].map { Suffix($0) },
        // Possession (-ы after -шы is the agent suffix's own vowel).
        [Suffix("ымыз"), Suffix("ыныз"), Suffix("мыз", afterVowel: true), Suffix("ныз", afterVowel: true),
         Suffix("сы", afterVowel: true, notAfter: "ы"), Suffix("ым"), Suffix("ын"), Suffix("ы", notAfter: "ш")],
        // Plural.
        ["лар", "лер", "дар", "дер", "тар", "тер"].map { Suffix($0) },
        // Agent: дәнекерлеуші → дәнекерлеу.
        [Suffix("шы")],
        // Quality: графикалық → графика.
        ["лык", "дык", "тык"].map { Suffix($0) },
        // Verbal noun: дәнекерлеу → дәнекерле.
        [Suffix("у")],
    ]

    private static let vowels = Set("аеоуыэюяё".unicodeScalars)

    private static func strip(_ suffix: Suffix, from stem: inout [Unicode.Scalar]) -> Bool {
        let rest = stem.count - suffix.letters.count
        guard rest >= 3, stem[rest...].elementsEqual(suffix.letters) else { return false }
        if suffix.afterVowel && !vowels.contains(stem[rest - 1]) { return false }
        if let notAfter = suffix.notAfter, stem[rest - 1] == notAfter { return false }
        guard stem[..<rest].contains(where: vowels.contains) else { return false }
        stem.removeLast(suffix.letters.count)
        return true
    }

    private static let folded: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(Character, Character)] = [
            ("ә", "а"), ("ғ", "г"), ("қ", "к"), ("ң", "н"), ("ө", "о"), ("ұ", "у"), ("ү", "у"), ("һ", "х"),
            ("і", "ы"), ("и", "ы"), ("й", "ы"), ("ё", "е"), ("э", "е"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0.unicodeScalars.first!, $0.1.unicodeScalars.first!) })
    }()
}
