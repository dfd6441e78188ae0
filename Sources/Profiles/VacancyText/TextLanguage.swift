import Stemming

/// The language a vacancy text is read in: one of the catalogue's, or `auto` to tell from its letters.
public enum TextLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    case auto, kk, ru, en

    /// The text's language: Kazakh where at least a fifth of its Cyrillic words have letters only Kazakh
    /// uses (a Russian ad with a Kazakh line stays Russian), else Russian where Cyrillic words outnumber
    /// Latin ones, else English.
    static func detect(_ tokens: TextTokens) -> Language {
        var kazakh = 0, cyrillic = 0, latin = 0
        for token in tokens.tokens where !token.isJoining {
            let scalars = token.key.unicodeScalars
            if scalars.contains(where: kazakhLetters.contains) { kazakh += 1; cyrillic += 1 }
            else if scalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) { cyrillic += 1 }
            else if KazakhLatin.hasLatinLetter(token.key) { latin += 1 }
        }
        if cyrillic > 0 && kazakh * 5 >= cyrillic { return .kk }
        return cyrillic >= latin && cyrillic > 0 ? .ru : .en
    }

    private static let kazakhLetters = Set("әғқңөұүһі".unicodeScalars)
}
