extension VacancyTextParser {
    /// Words that look like skills but are no name of any: abbreviations and Latin product names
    /// ("НАКС", "Fanuc", "PostgreSQL"), and what follows "знание", "владение", "knowledge of" or precedes
    /// "білу" — outside what the employer offers, and not read as a skill, a place, an enterprise or the title.
    func unknownTerms(_ tokens: TextTokens, roles: SegmentRoles, covered: Set<Int>) -> [TextSpan] {
        let all = tokens.tokens
        var terms: [TextSpan] = [], seen: Set<String> = [], used: Set<Int> = []
        func add(_ range: ClosedRange<Int>) {
            // Up to a word that says must or welcome ("ТБ обязательно"), a number or a word already read.
            let indices = Array(range.filter { !all[$0].isJoining }.drop { Self.fillers.contains(all[$0].key) }.prefix { index in
                !covered.contains(index) && !used.contains(index) && Experience.leadingNumber(all[index].key) == nil
                    && !VacancyTextCues.must.contains(all[index].key) && !VacancyTextCues.welcome.contains(all[index].key)
            })
            guard let first = indices.first, let last = indices.last else { return }
            used.formUnion(first...last)
            let span = tokens.span(first...last)
            if seen.insert(NameKey(span.text).value).inserted { terms.append(span) }
        }
        for (index, segment) in tokens.segments.enumerated() {
            let role = roles[index]
            guard !role.isHeading, !role.isOffer else { continue }
            let indices = Array(segment.tokens)
            for (position, token) in indices.enumerated() {
                let word = all[token]
                if Self.knowledgeOpeners.contains(word.key), position + 1 < indices.count {
                    add(indices[position + 1]...indices[min(indices.count - 1, position + 2)])
                } else if Self.knowledgeClosers.contains(word.key), position > 0 {
                    add(indices[max(0, position - 2)]...indices[position - 1])
                } else if word.isCapitalised || Self.isProductName(word, in: tokens), !Self.notSkills.contains(word.key),
                          !word.key.allSatisfy({ "ivx".contains($0) }) {
                    add(token...token)
                }
            }
        }
        return terms
    }

    /// A Latin word with a capital inside a Cyrillic sentence, or a word like "PostgreSQL", "iOS".
    private static func isProductName(_ token: TextTokens.Token, in tokens: TextTokens) -> Bool {
        let original = tokens.characters[token.start..<token.end]
        guard let first = original.first, first.isASCII, first.isLetter, original.count >= 3 else { return false }
        let capitals = original.filter(\.isUppercase).count
        return capitals >= 1 && original.dropFirst().contains(where: \.isUppercase) || (first.isUppercase && tokens.tokens.contains { !$0.isJoining && $0.key.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } })
    }

    private static let knowledgeOpeners: Set<String> = ["знание", "знания", "знать", "владение", "навыки", "навык", "knowledge", "proficiency"]
    private static let knowledgeClosers: Set<String> = ["білу", "білімі", "дағдысы", "біледі"]
    /// Words between "знание" and what is known ("знание требований ESD", "knowledge is mandatory").
    private static let fillers: Set<String> = [
        "соблюдение", "требований", "требования", "правил", "правила", "принципов", "основ", "основы", "работы", "is", "are", "of",
    ]
    /// Capitalised words that are not skills: legal forms, money, places' abbreviations.
    private static let notSkills: Set<String> = [
        "тоо", "ао", "жшс", "ақ", "ип", "зп", "з", "п", "тг", "kzt", "рк", "llp", "jsc", "erg", "гок", "ссгпо", "ru", "kz", "it", "hr",
    ]
}
