extension VacancyTextParser {
    /// The post's title and the tokens it was read from.
    struct Title: Sendable {
        var text: String
        var span: TextSpan
        var tokens: [Int]
    }

    /// The post's title: what follows "Вакансия:" or "Лауазымы:"; else what follows "Требуется" or
    /// precedes "қажет" in the first sentence that has one (the employer's name in a Kazakh dative left
    /// out: "Мейрамханаға аспаз қажет" → "аспаз"); else the text's first segment. Cut at a dash or a bracket.
    static func title(_ tokens: TextTokens) -> Title? {
        let all = tokens.tokens, segments = tokens.segments
        guard !segments.isEmpty else { return nil }
        var range: ClosedRange<Int>?
        for (index, segment) in segments.enumerated() where segment.endsWithColon && index + 1 < segments.count {
            let keys = segment.tokens.map { all[$0].key }
            if keys.count <= 2, keys.contains(where: ["вакансия", "должность", "лауазымы", "лауазым", "position", "vacancy"].contains) {
                let next = segments[index + 1].tokens
                range = next.lowerBound...(next.upperBound - 1)
                break
            }
        }
        if range == nil {
            for segment in segments.prefix(4) where range == nil {
                let indices = Array(segment.tokens)
                if let opener = indices.firstIndex(where: { VacancyTextCues.titleOpeners.contains(all[$0].key) }), opener + 1 < indices.count {
                    var first = opener + 1
                    while first + 1 < indices.count && ["на", "работу", "в", "для"].contains(all[indices[first]].key) { first += 1 }
                    range = indices[first]...indices[indices.count - 1]
                } else if let closer = indices.firstIndex(where: { VacancyTextCues.titleClosers.contains(all[$0].key) }), closer > 0 {
                    let before = indices[..<closer]
                    let start = before.lastIndex { Self.isDative(all[$0].key) }.map { $0 + 1 } ?? before.startIndex
                    if start < closer { range = indices[start]...indices[closer - 1] }
                }
            }
        }
        let chosen = range ?? segments[0].tokens.lowerBound...(segments[0].tokens.upperBound - 1)
        var span = tokens.span(chosen)
        // "сборщиков покрышек — 20 человек", "Data Scientist (Almaty)".
        if let cut = span.text.firstIndex(where: { "—–(«/".contains($0) }) {
            let kept = String(span.text[..<cut]).trimmingTrailingSpaces
            if !kept.isEmpty {
                span = TextSpan(start: span.start, end: span.start + kept.count, text: kept)
            }
        }
        let title = span.text.prefix(120)
        let text = title.prefix(1).uppercased() + title.dropFirst()
        return Title(text: text, span: span, tokens: chosen.filter { all[$0].end <= span.end })
    }

    /// A Kazakh word in the dative ("зауытына", "Мейрамханаға"): where the post is, not what it is.
    private static func isDative(_ word: String) -> Bool {
        word.count >= 4 && ["ға", "ге", "қа", "ке", "ына", "іне"].contains { word.hasSuffix($0) }
    }

    /// An internship where the text says "стажировка", "тағылымдама", "internship"; dual training where
    /// it says "дуальное", "дуалды", "dual"; otherwise a job.
    static func kind(_ tokens: TextTokens) -> Vacancy.Kind {
        let keys = tokens.tokens.map(\.key)
        if keys.contains(where: { key in VacancyTextCues.dualPrefixes.contains(where: key.hasPrefix) }) { return .dual }
        if keys.contains(where: { key in VacancyTextCues.internshipPrefixes.contains(where: key.hasPrefix) }) { return .internship }
        return .job
    }

    /// The places offered: a number before "человек", "адам", "орын", "positions" (the first such); else 1.
    static func headcount(_ tokens: TextTokens) -> Int {
        let all = tokens.tokens
        for (index, token) in all.enumerated() {
            guard let number = Experience.leadingNumber(token.key), Vacancy.headcountRange.contains(number) else { continue }
            let next = all[(index + 1)..<min(all.count, index + 3)].first { !$0.isJoining }
            if let next, next.sentence == token.sentence, VacancyTextCues.headcountWords.contains(next.key) { return number }
        }
        return 1
    }

    /// 18 where the text names underground, hazardous or night work (or three shifts), or asks for a skill
    /// used only in such work (`AdultOnlyWork`); an age the text names ("от 18 лет", "21 жастан") where it is
    /// higher; 16 — the age from which the labour code lets anyone work — otherwise.
    func minimumAge(_ tokens: TextTokens, requirements: [FoundRequirement]) -> (years: Int, reason: ParsedVacancyText.AgeReason?) {
        let all = tokens.tokens
        var named: Int?
        var reason: ParsedVacancyText.AgeReason?
        let experienceSentences = Set(all.filter { t in VacancyTextCues.experiencePrefixes.contains(where: t.key.hasPrefix) }.map(\.sentence))
        let ageSentences = Set(all.filter { t in VacancyTextCues.agePrefixes.contains(where: t.key.hasPrefix) }.map(\.sentence))
        for (index, token) in all.enumerated() {
            if let number = Experience.leadingNumber(token.key), Vacancy.minimumAgeRange.contains(number) {
                let next = all[(index + 1)..<min(all.count, index + 3)].filter { $0.sentence == token.sentence }
                let isAge = next.first?.key.hasPrefix("жас") == true
                    || (next.contains { VacancyTextCues.yearWords.contains($0.key) } && (ageSentences.contains(token.sentence) || !experienceSentences.contains(token.sentence)))
                    || (token.key.hasSuffix("+") && next.first.map { !VacancyTextCues.yearWords.contains($0.key) && !$0.key.hasPrefix("year") } ?? true)
                if isAge { named = max(named ?? 0, number) }
            }
            if reason == nil, !token.isJoining {
                if VacancyTextCues.adultOnlyPrefixes.contains(where: token.key.hasPrefix) {
                    reason = .init(span: tokens.span(index...index), skillID: nil)
                } else if VacancyTextCues.threeWords.contains(token.key),
                          let next = all[(index + 1)..<min(all.count, index + 2)].first, VacancyTextCues.shiftWords.contains(next.key) {
                    reason = .init(span: tokens.span(index...(index + 1)), skillID: nil)
                }
            }
        }
        if reason == nil, let skill = requirements.first(where: { AdultOnlyWork.skills.contains($0.requirement.skillID) }) {
            reason = .init(span: skill.requirement.span, skillID: skill.requirement.skillID)
        }
        let years = max(named ?? 16, reason == nil ? 16 : 18)
        return (min(years, Vacancy.minimumAgeRange.upperBound), reason)
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while let last = text.last, last.isWhitespace || last == "," || last == ":" { text.removeLast() }
        return text
    }
}
