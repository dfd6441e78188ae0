import Stemming

/// Reads a vacancy as an employer writes it — in Russian, Kazakh, English or a mix — into candidate
/// requirements and the facts of the post (`ParsedVacancyText`). Deterministic and offline: the text is
/// normalised as names are (`NameKey`), cut into words, lines, sentences and segments (`TextTokens`),
/// stemmed by the skill lookup's stemmers (`WordStems`), and every label and synonym of the taxonomy is
/// looked for in it in any word order (`PhraseIndex`). See Docs/VacancyText.md.
///
/// Built once per catalogue; `parse` may be called from many threads.
public struct VacancyTextParser: Sendable {
    let taxonomy: Taxonomy
    let skills: PhraseIndex
    let places: PlaceFinder
    /// Enterprises by any of their whole names, in `NameKey` form.
    private let enterprisesByName: [String: String]

    public init(catalogue: Catalogue) {
        taxonomy = catalogue.taxonomy
        skills = PhraseIndex(catalogue.taxonomy.skills.map { skill in
            (skill.id, Language.allCases.map { (skill.label[$0], $0, NameMatch.Method.label) }
                + Language.allCases.flatMap { language in (skill.synonyms[language] ?? []).map { ($0, language, NameMatch.Method.synonym) } })
        })
        places = PlaceFinder(catalogue: catalogue)
        var byName: [String: String] = [:]
        for enterprise in catalogue.enterprises {
            for language in Language.allCases { byName[NameKey(enterprise.name[language]).value] = byName[NameKey(enterprise.name[language]).value] ?? enterprise.id }
            byName[enterprise.id] = enterprise.id
        }
        enterprisesByName = byName
    }

    /// The enterprise a name names: one of its names whole (any language, any case), or the part of one
    /// that tells it apart ("Tengri Tyres").
    public func enterprise(named name: String) -> String? {
        enterprisesByName[NameKey(name).value] ?? findPlaces(in: name).enterpriseID
    }

    /// The region and town a place's name (a posting's locality or region) names.
    public func place(named name: String) -> (regionID: String, town: String?)? {
        let found = findPlaces(in: name)
        return found.regionID.map { ($0, found.town) }
    }

    private func findPlaces(in text: String) -> PlaceFinder.Found {
        let tokens = TextTokens(text)
        let stems = tokens.tokens.map { $0.isJoining ? [] : Self.stems(of: $0.key, in: .auto) }
        return places.find(in: tokens) { stems[$0] }
    }

    /// Reads one text.
    /// - Parameters:
    ///   - language: the text's language, or `.auto` to tell from its letters; a named language stems
    ///     Cyrillic words in that language only.
    ///   - enterpriseID: the employer, when known (its region and town stand where the text names none).
    /// - Complexity: O(*n*) in the text's words times the names sharing a stem with each.
    ///   - experienceYears: the experience asked for where the text says it elsewhere (a posting's
    ///     `monthsOfExperience`); years the text names in a sentence still count for that sentence.
    public func parse(_ text: String, language: TextLanguage = .auto, enterpriseID: String? = nil, experienceYears: Int? = nil) -> ParsedVacancyText {
        let tokens = TextTokens(text)
        let detected = language == .auto ? TextLanguage.detect(tokens) : Language(rawValue: language.rawValue)!
        var stemCache: [String: [String]] = [:]
        var tokenStems: [[String]] = []
        tokenStems.reserveCapacity(tokens.tokens.count)
        for token in tokens.tokens {
            if token.isJoining { tokenStems.append([]); continue }
            if let known = stemCache[token.key] { tokenStems.append(known); continue }
            let stems = Self.stems(of: token.key, in: language)
            stemCache[token.key] = stems
            tokenStems.append(stems)
        }
        let stems: (Int) -> [String] = { tokenStems[$0] }
        let roles = SegmentRoles(tokens)
        let title = Self.title(tokens)
        let kind = Self.kind(tokens)
        var found = places.find(in: tokens, stems: stems)
        if let enterpriseID, enterpriseID != found.enterpriseID {
            found.enterpriseID = enterpriseID
            if let place = places.place(of: enterpriseID), found.regionID == nil {
                found.regionID = place.region
                found.town = place.town.isEmpty ? nil : place.town
            }
        }
        var experience = Experience(tokens)
        if let experienceYears { experience.assume(years: experienceYears) }
        let requirements = self.requirements(tokens, roles: roles, stems: stems, title: title?.tokens, experience: experience, kind: kind)
        let age = minimumAge(tokens, requirements: requirements)
        let covered = Set(requirements.flatMap(\.allTokens)).union(found.tokens).union(title.map { Set($0.tokens) } ?? [])
        return ParsedVacancyText(
            language: detected, title: title?.text ?? "", titleSpan: title?.span, kind: kind,
            enterpriseID: found.enterpriseID, regionID: found.regionID, town: found.town,
            minimumAge: age.years, minimumAgeReason: age.reason, headcount: Self.headcount(tokens),
            requirements: requirements.map(\.requirement),
            notInTaxonomy: unknownTerms(tokens, roles: roles, covered: covered))
    }

    /// Stems of a word of a text in `language`: as a person typed it when unknown, else in that language.
    private static func stems(of word: String, in language: TextLanguage) -> [String] {
        switch language {
        case .auto, .en: return WordStems.stems(ofTypedWord: word)
        case .kk: return WordStems.stems(ofNameWord: word, in: .kazakh)
        case .ru:
            // A Kazakh word in a Russian text keeps its Kazakh stem; a Russian word loses the Kazakh one.
            let typed = WordStems.stems(ofTypedWord: word), russian = typed.filter { !$0.hasPrefix("kk:") }
            return russian.isEmpty || KazakhLatin.hasLatinLetter(word) ? typed : russian
        }
    }
}
