/// Kazakh written in the Latin alphabet, read as Cyrillic so it stems like Cyrillic Kazakh:
/// "dánekerleý", "dänekerleu" and "danekerleu" all become "дәнекерлеу" up to `KazakhStemmer.fold`.
///
/// Both official alphabets are read — 2018's acute accents (á ǵ ı ń ó ú ý, sh, ch) and 2021's umlauts
/// and breves (ä ğ ı ñ ö ü ū ş ç) — and so are the informal digraphs people type without them (zh, kh,
/// gh; y as ы, as in Kyzylorda and the 2018 alphabet). Letters whose diacritic was left out fall onto their plain neighbour (a for ә, u for ұ/ү), which
/// `KazakhStemmer.fold` merges in the Cyrillic too, so a missing accent costs nothing.
public enum KazakhLatin {
    /// The Cyrillic reading of lower-cased Latin text; other characters pass through.
    /// - Complexity: O(*n*) in the text's length.
    public static func cyrillic(_ latin: String) -> String {
        let scalars = Array(latin.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if i + 1 < scalars.count, let letter = digraphs[String(String.UnicodeScalarView([scalars[i], scalars[i + 1]]))] {
                result.append(contentsOf: letter.unicodeScalars)
                i += 2
                continue
            }
            if let letter = letters[scalars[i]] { result.append(contentsOf: letter.unicodeScalars) } else { result.append(scalars[i]) }
            i += 1
        }
        return String(result)
    }

    /// Whether the text has a Latin letter (then it is read by `cyrillic(_:)` as well as stemmed as English).
    public static func hasLatinLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { letters[$0] != nil }
    }

    private static let digraphs: [String: String] = ["sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "gh": "ғ"]

    private static let letters: [Unicode.Scalar: String] = {
        let table: [(String, String)] = [
            ("a", "а"), ("á", "ә"), ("ä", "ә"), ("b", "б"), ("c", "ц"), ("ç", "ч"), ("d", "д"), ("e", "е"), ("f", "ф"),
            ("g", "г"), ("ǵ", "ғ"), ("ğ", "ғ"), ("h", "һ"), ("ı", "ы"), ("i", "і"), ("í", "и"), ("ï", "и"), ("î", "и"),
            ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("ń", "ң"), ("ñ", "ң"), ("o", "о"), ("ó", "ө"),
            ("ö", "ө"), ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"), ("ş", "ш"), ("t", "т"), ("u", "ұ"), ("ū", "ұ"),
            ("ú", "ү"), ("ü", "ү"), ("v", "в"), ("w", "у"), ("x", "х"), ("y", "ы"), ("ý", "у"), ("z", "з"),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { (Unicode.Scalar($0.0)!, $0.1) })
    }()
}
