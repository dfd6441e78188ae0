/// A vacancy id made from an enterprise id and a title in any of the three languages: Cyrillic written
/// in Latin letters, everything else but letters and digits a hyphen ("tengri-tyres-pressovshchik-
/// vulkanizatorshchik"), at most 64 characters, as ids must be.
enum VacancySlug {
    static func make(enterprise: String?, title: String) -> String {
        var slug = ""
        for character in title.lowercased() {
            if let latin = latin[character] { slug += latin }
            else if character.isASCII && (character.isLetter || character.isNumber) { slug.append(character) }
            else if !slug.hasSuffix("-") { slug += "-" }
        }
        let words = slug.split(separator: "-").prefix(5).joined(separator: "-")
        let id = [enterprise, words.isEmpty ? "vacancy" : words].compactMap { $0 }.joined(separator: "-")
        var capped = String(id.prefix(64))
        while capped.hasSuffix("-") { capped.removeLast() }
        return capped
    }

    private static let latin: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
        "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
        "á": "a", "ä": "a", "ǵ": "g", "ğ": "g", "ı": "i", "ń": "n", "ñ": "n", "ó": "o", "ö": "o", "ú": "u", "ü": "u",
        "ū": "u", "ý": "y", "ş": "sh", "ç": "ch",
    ]
}

extension VacancyTextParser {
    /// The id to propose for each input: its own when valid, else one made from the enterprise and the
    /// title, numbered where two would be the same.
    public static func proposedIDs(_ inputs: [VacancyTextInput], _ readings: [ParsedVacancyText]) -> [String] {
        var seen: [String: Int] = [:]
        return zip(inputs, readings).map { input, reading in
            let base = input.id.flatMap { FieldReader.isID($0) ? $0 : nil } ?? VacancySlug.make(enterprise: reading.enterpriseID, title: reading.title)
            let count = seen[base, default: 0] + 1
            seen[base] = count
            return count == 1 ? base : String(base.prefix(60)) + "-\(count)"
        }
    }
}
