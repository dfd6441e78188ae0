/// How experienced the text wants a candidate: years of experience ("опыт от 3 лет", "тәжірибесі 2
/// жылдан", "3+ years"), a tariff grade ("4 разряда"), or words for a beginner or an expert; and the
/// level on the 1–5 scale each gives.
struct Experience: Sendable {
    /// Years asked for, by sentence.
    private(set) var yearsBySentence: [Int: Int] = [:]
    private(set) var grade: Int?
    private(set) var beginner = false
    private(set) var expert = false

    init(_ tokens: TextTokens) {
        let all = tokens.tokens
        var experienceSentences = Set<Int>()
        for token in all where VacancyTextCues.experiencePrefixes.contains(where: token.key.hasPrefix) { experienceSentences.insert(token.sentence) }
        for (index, token) in all.enumerated() {
            guard let number = Self.leadingNumber(token.key) else {
                if token.key.hasPrefix(VacancyTextCues.gradePrefix) {
                    // "4 разряда", "4-го разряда", "разряд 4".
                    let near = [index - 1, index - 2, index + 1].filter { all.indices.contains($0) && all[$0].sentence == token.sentence }
                    if let value = near.lazy.compactMap({ Self.leadingNumber(all[$0].key) }).first(where: { (1...8).contains($0) }) {
                        grade = max(grade ?? 0, value)
                    }
                }
                continue
            }
            guard experienceSentences.contains(token.sentence), number <= 40 else { continue }
            let following = all[(index + 1)..<min(all.count, index + 3)].filter { $0.sentence == token.sentence }
            if following.contains(where: { VacancyTextCues.yearWords.contains($0.key) }) || token.key.hasSuffix("+") && following.contains(where: { $0.key.hasPrefix("year") }) {
                yearsBySentence[token.sentence] = max(yearsBySentence[token.sentence] ?? 0, number)
            }
        }
        let text = all.map(\.key).joined(separator: " ")
        beginner = VacancyTextCues.beginnerPrefixes.contains { cue in text.hasPrefix(cue) || text.contains(" " + cue) }
        expert = all.contains { token in VacancyTextCues.expertPrefixes.contains(where: token.key.hasPrefix) }
    }

    /// Takes `years` as said for the whole text, where no sentence says more.
    mutating func assume(years: Int) {
        yearsBySentence[-1] = max(yearsBySentence[-1] ?? 0, years)
    }

    /// The level of a technical or knowledge skill read in `sentence`: years said in that sentence,
    /// else anywhere, else the grade, else expert or beginner words, else `fallback`.
    func level(inSentence sentence: Int, fallback: Int) -> Int {
        if let years = yearsBySentence[sentence] ?? yearsBySentence.values.max() { return Self.level(forYears: years) }
        if let grade { return Self.level(forGrade: grade) }
        if expert { return 4 }
        if beginner { return 1 }
        return fallback
    }

    /// Under a year: 2; 1–2 years: 3; 3–4: 4; 5 and more: 5.
    static func level(forYears years: Int) -> Int {
        switch years {
        case ..<1: 2
        case 1..<3: 3
        case 3..<5: 4
        default: 5
        }
    }

    /// Grades 1–3 as they are, 4 and 5 a skilled worker (4), 6 and above an expert (5).
    static func level(forGrade grade: Int) -> Int {
        switch grade {
        case ...3: max(1, grade)
        case 4...5: 4
        default: 5
        }
    }

    /// The number a word starts with ("3", "3+", "18"), if it is one.
    static func leadingNumber(_ word: String) -> Int? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, digits.count == word.count || word.dropFirst(digits.count) == "+" else { return nil }
        return Int(digits)
    }
}
