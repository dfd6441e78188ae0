import Stemming

extension VacancyTextParser {
    /// A requirement read from the text, with the tokens it was read from.
    struct FoundRequirement: Sendable {
        var requirement: ParsedVacancyText.Requirement
        var tokens: [Int]
        /// The tokens of every place the skill was read, not only the surest.
        var allTokens: [Int]
        var isWelcome: Bool
    }

    /// A name of a skill found in one segment.
    private struct Candidate {
        var skill: Int
        var name: Int
        var tokens: [Int]
        var method: ParsedVacancyText.Requirement.Method
        var confidence: Double
        var share: Double
        /// The tokens of every name of the skill found in the segment.
        var allTokens: [Int] = []
    }

    /// A word in the names of this many skills or more is shared: it alone does not say which skill.
    static let sharedWordRecords = 5

    /// Every skill the text asks for, once, where first read; the surest reading of each kept.
    func requirements(_ tokens: TextTokens, roles: SegmentRoles, stems: (Int) -> [String], title: [Int]?,
                      experience: Experience, kind: Vacancy.Kind) -> [FoundRequirement] {
        var bySkill: [Int: FoundRequirement] = [:]
        var order: [Int] = []
        let titleTokens = Set(title ?? [])
        for (index, segment) in tokens.segments.enumerated() {
            let role = roles[index]
            guard !role.isHeading, !role.isOffer else { continue }
            for candidate in candidates(in: segment.tokens, tokens: tokens, stems: stems) {
                let skill = taxonomy.skills[candidate.skill]
                let inTitle = candidate.tokens.contains(where: titleTokens.contains)
                let level: Int
                if skill.group.isVocational {
                    level = experience.level(inSentence: segment.sentence, fallback: kind == .job ? 2 : 1)
                } else {
                    let keys = segment.tokens.map { tokens.tokens[$0].key }
                    level = VacancyTextCues.proficiency.first { cue in keys.contains { $0.hasPrefix(cue.prefix) } }?.level ?? 2
                }
                let importance = role.isMust || inTitle ? 3 : role.isWelcome ? 1 : 2
                let range = candidate.tokens.min()!...candidate.tokens.max()!
                let found = FoundRequirement(
                    requirement: .init(skillID: skill.id, level: level, importance: importance, mustHave: role.isMust,
                                       span: tokens.span(range), method: candidate.method,
                                       confidence: (candidate.confidence * 100).rounded() / 100, matchedName: skills.names[candidate.name].text),
                    tokens: candidate.tokens, allTokens: candidate.allTokens, isWelcome: role.isWelcome)
                guard var known = bySkill[candidate.skill] else {
                    bySkill[candidate.skill] = found
                    order.append(candidate.skill)
                    continue
                }
                // Said twice: a must-have once is a must-have; the surest reading is kept, the highest level and importance.
                let must = known.requirement.mustHave || found.requirement.mustHave
                if found.requirement.confidence > known.requirement.confidence {
                    known.requirement.span = found.requirement.span
                    known.requirement.method = found.requirement.method
                    known.requirement.confidence = found.requirement.confidence
                    known.requirement.matchedName = found.requirement.matchedName
                    known.tokens = found.tokens
                }
                known.allTokens += found.allTokens
                known.requirement.mustHave = must
                known.requirement.level = max(known.requirement.level, found.requirement.level)
                known.isWelcome = known.isWelcome && found.isWelcome
                known.requirement.importance = must ? 3 : max(known.requirement.importance, found.requirement.importance)
                bySkill[candidate.skill] = known
            }
        }
        return order.map { bySkill[$0]! }
    }

    /// The skills named in one segment: whole names, and parts of names that the words around them tell
    /// apart; a name inside a longer one found there gives way to it ("контроль качества" in «контроль
    /// качества шин»).
    private func candidates(in segment: Range<Int>, tokens: TextTokens, stems: (Int) -> [String]) -> [Candidate] {
        var whole: [Candidate] = [], partial: [Candidate] = []
        for occurrence in skills.occurrences(in: segment, stems: stems) {
            let name = skills.names[occurrence.name]
            let words = name.words.count
            let found = occurrence.tokens.compactMap { $0 }
            let span = occurrence.range.count
            if occurrence.isWhole {
                guard span <= words + 2 else { continue }
                // English stems reach far ("excellent" → "excel"): a one-word Latin name takes close forms only.
                if words == 1, KazakhLatin.hasLatinLetter(name.words[0]), abs(tokens.tokens[found[0]].key.count - name.words[0].count) > 3 { continue }
                let written = occurrence.range.filter { !tokens.tokens[$0].isJoining }.map { tokens.tokens[$0].key }
                let inOrder = occurrence.tokens.compactMap { $0 } == found.sorted()
                let method: ParsedVacancyText.Requirement.Method = written == name.words ? (name.method == .label ? .label : .synonym) : .stem
                let confidence: Double = switch method {
                case .label: 0.95
                case .synonym: 0.9
                default: (name.method == .label ? 0.85 : 0.82) - (inOrder ? 0 : 0.05)
                }
                whole.append(Candidate(skill: name.record, name: occurrence.name, tokens: found, method: method, confidence: confidence, share: 1))
                continue
            }
            // Part of a name: all its words but one, the one left out a word many skills' names share
            // ("работа", "оборудование"), one found a word few share — the neighbours tell the skill.
            guard words >= 2, found.count >= 2, found.count == words - 1, span <= words + 2 else { continue }
            let missing = occurrence.tokens.firstIndex { $0 == nil }!
            let distinctive = found.map { skills.recordCount(ofStems: stems($0)) }.min() ?? .max
            guard distinctive <= 3, skills.recordCount(ofStems: name.stems[missing]) >= Self.sharedWordRecords else { continue }
            let share = Double(found.count) / Double(words)
            partial.append(Candidate(skill: name.record, name: occurrence.name, tokens: found, method: .phrase,
                                     confidence: 0.5 + 0.3 * share, share: share))
        }
        let wholeTokens = Set(whole.flatMap(\.tokens))
        let allWhole = whole, allPartial = partial
        whole.removeAll { candidate in
            let own = Set(candidate.tokens)
            if allWhole.contains(where: { other in other.skill != candidate.skill && own.isStrictSubset(of: Set(other.tokens)) }) { return true }
            // "Ремонт холодильного оборудования" is refrigeration, not "Ремонт оборудования" around it; but
            // "қазақ және орыс тілдері" is both languages.
            let gaps = Set(candidate.tokens.min()!...candidate.tokens.max()!).subtracting(own).filter { gap in
                !tokens.tokens[gap].isJoining && !tokens.tokens[gap - 1].isJoining
            }
            return !gaps.isEmpty && (allWhole + allPartial).contains { other in
                other.skill != candidate.skill && !gaps.isDisjoint(with: other.tokens) && !own.isDisjoint(with: other.tokens)
            }
        }
        partial.removeAll { candidate in
            Set(candidate.tokens).isSubset(of: wholeTokens) || whole.contains { $0.skill == candidate.skill }
        }
        // Parts of names of several skills on the same words: the larger share wins, a tie names none.
        var kept: [Candidate] = []
        for candidate in partial {
            let rivals = partial.filter { $0.skill != candidate.skill && !Set($0.tokens).isDisjoint(with: candidate.tokens) }
            if rivals.allSatisfy({ $0.share < candidate.share }) { kept.append(candidate) }
        }
        var best: [Int: Candidate] = [:], tokensBySkill: [Int: [Int]] = [:]
        for candidate in whole + kept {
            tokensBySkill[candidate.skill, default: []] += candidate.tokens
            if (best[candidate.skill]?.confidence ?? -1) < candidate.confidence { best[candidate.skill] = candidate }
        }
        for skill in best.keys { best[skill]!.allTokens = tokensBySkill[skill]! }
        return best.values.sorted { ($0.tokens.min()!, $0.skill) < ($1.tokens.min()!, $1.skill) }
    }
}
