import Stemming

/// Finds the enterprise, region and town a vacancy text names.
///
/// Regions by their kk/ru/en names (`PhraseIndex`; "Костанайская" alone is enough, "область" is not);
/// towns — written in the catalogue in Latin letters — by a loose key that reads Latin as Kazakh Latin
/// and forgives endings and soft signs ("Сарань", "Saran"; "Караганде", "Karaganda"); enterprises by the
/// distinctive part of one of their names ("Tengri Tyres", "Караганда Сити"), legal forms and words like
/// "завод" left out.
struct PlaceFinder: Sendable {
    struct Found: Sendable {
        var enterpriseID: String?
        var regionID: String?
        var town: String?
        /// Tokens that named a place or an enterprise, not to be taken for unknown skills.
        var tokens: Set<Int>
    }

    private let regions: PhraseIndex
    private let enterprises: PhraseIndex
    private let enterprisePlaces: [String: (region: String, town: String)]
    /// Loose key of a town → the town as the catalogue spells it and its region.
    private let towns: [String: (town: String, region: String)]

    init(catalogue: Catalogue) {
        var towns: [String: (town: String, region: String)] = [:]
        let named = catalogue.regions.compactMap { region in region.centre.map { ($0, region.id) } }
            + catalogue.enterprises.map { ($0.town, $0.regionID) } + catalogue.colleges.map { ($0.town, $0.regionID) }
        for (town, region) in named where !town.isEmpty {
            let key = Self.looseKey(town)
            if key.count >= 3, towns[key] == nil { towns[key] = (town, region) }
        }
        self.towns = towns
        regions = PhraseIndex(catalogue.regions.map { region in
            (region.id, Language.allCases.map { (region.name[$0], $0, NameMatch.Method.label) })
        })
        // A part that is only a town's name ("Студия красоты «Шымкент»") names the town, not the enterprise.
        let isTown: (String) -> Bool = { part in !part.contains(" ") && towns[Self.looseKey(part)] != nil }
        enterprises = PhraseIndex(catalogue.enterprises.map { enterprise in
            (enterprise.id, Language.allCases.flatMap { language in
                Self.distinctiveParts(of: enterprise.name[language]).filter { !isTown($0) }.map { ($0, language, NameMatch.Method.label) }
            })
        })
        enterprisePlaces = Dictionary(catalogue.enterprises.map { ($0.id, ($0.regionID, $0.town)) }, uniquingKeysWith: { a, _ in a })
    }

    func find(in tokens: TextTokens, stems: (Int) -> [String]) -> Found {
        var found = Found(tokens: [])
        var regionHits: [(region: String, first: Int)] = []
        var enterpriseHits: [(id: String, words: Int, tokens: ClosedRange<Int>)] = []
        for segment in tokens.segments {
            let regionOccurrences = regions.occurrences(in: segment.tokens, stems: stems).filter { occurrence in
                occurrence.isWhole || occurrence.tokens.contains { token in
                    token.map { regions.recordCount(ofStems: stems($0)) == 1 && tokens.tokens[$0].key.count >= 5 } ?? false
                }
            }
            for occurrence in regionOccurrences {
                let covered = occurrence.range
                // "Almaty Region" is not also the city "Almaty".
                if regionOccurrences.contains(where: { $0.found > occurrence.found && $0.range.contains(covered.lowerBound) && $0.range.contains(covered.upperBound) }) { continue }
                regionHits.append((regions.ids[regions.names[occurrence.name].record], covered.lowerBound))
                found.tokens.formUnion(occurrence.tokens.compactMap { $0 })
            }
            for occurrence in enterprises.occurrences(in: segment.tokens, stems: stems) where occurrence.isWhole {
                let range = occurrence.range
                guard range.count <= occurrence.tokens.count + 2 else { continue }
                enterpriseHits.append((enterprises.ids[enterprises.names[occurrence.name].record], occurrence.tokens.count, range))
            }
        }
        if let best = enterpriseHits.max(by: { $0.words < $1.words }),
           enterpriseHits.allSatisfy({ $0.id == best.id || $0.words < best.words }) {
            found.enterpriseID = best.id
            for hit in enterpriseHits where hit.id == best.id { found.tokens.formUnion(hit.tokens) }
        }
        var townHit: (town: String, region: String)?
        for (index, token) in tokens.tokens.enumerated() where !token.isJoining && token.key.count >= 3 {
            guard let town = town(named: token.key) else { continue }
            found.tokens.insert(index)
            if townHit == nil { townHit = town }
        }
        found.regionID = regionHits.min { $0.first < $1.first }?.region
        if let townHit, found.regionID == nil || found.regionID == townHit.region {
            found.town = townHit.town
            found.regionID = townHit.region
        }
        if let enterprise = found.enterpriseID, let place = enterprisePlaces[enterprise], found.regionID == nil {
            found.regionID = place.region
            found.town = place.town.isEmpty ? nil : place.town
        }
        return found
    }

    /// Where an enterprise is.
    func place(of enterprise: String) -> (region: String, town: String)? { enterprisePlaces[enterprise] }

    private func town(named word: String) -> (town: String, region: String)? {
        let key = Self.looseKey(word)
        if let town = towns[key] { return town }
        // Case endings: "Сарани", "Караганде" (the key drops a last vowel already), at most two letters more.
        for extra in 1...2 where key.count - extra >= 5 {
            if let town = towns[String(key.dropLast(extra))] { return town }
        }
        return nil
    }

    /// Latin read as Kazakh Latin, letters a keyboard loses folded (`KazakhStemmer.fold`), soft and hard
    /// signs dropped, doubled letters single, a last vowel dropped: "Сарань", "Saran" → "саран".
    static func looseKey(_ word: String) -> String {
        let lower = NameKey(word).value
        let cyrillic = KazakhLatin.hasLatinLetter(lower) ? KazakhLatin.cyrillic(lower) : lower
        var letters: [Character] = []
        for character in KazakhStemmer.fold(cyrillic) where character.isLetter && character != "ь" && character != "ъ" {
            if letters.last != character { letters.append(character) }
        }
        if letters.count > 4, let last = letters.last, "аеоуыяю".contains(last) { letters.removeLast() }
        return String(letters)
    }

    /// The parts of an enterprise's name that say which enterprise it is: each part between quotes,
    /// brackets and commas, and each run of Latin words in a Cyrillic name ("Tengri Tyres"), without the
    /// words every enterprise's name may have.
    static func distinctiveParts(of name: String) -> [String] {
        let parts = name.split { "()«»\"“”,—–".contains($0) }.map { String($0) }
        var result: [String] = []
        for part in parts {
            let words = part.split(separator: " ").map(String.init)
            let kept = words.filter { !genericWords.contains(NameKey($0).value) }
            if !kept.isEmpty { result.append(kept.joined(separator: " ")) }
            let latin = words.filter { KazakhLatin.hasLatinLetter(NameKey($0).value) && !genericWords.contains(NameKey($0).value) }
            if !latin.isEmpty, latin.count < kept.count { result.append(latin.joined(separator: " ")) }
        }
        return Array(Set(result)).sorted()
    }

    private static let genericWords: Set<String> = [
        "тоо", "ао", "жшс", "ақ", "llp", "jsc", "нк", "ұк", "тнк", "тұк", "erg", "b.v.", "б.в.",
        "завод", "заводы", "зауыты", "фабрика", "фабрикасы", "комбинат", "комбинаты", "компания", "компаниясы", "кешені",
        "plant", "factory", "works", "company", "corporation", "корпорация", "корпорациясы", "филиал", "филиалы", "branch",
        "гостиница", "қонақ", "үйі", "hotel", "group", "тобы", "группа", "holding", "холдинг", "холдингі",
        "бывш.", "formerly", "the", "of", "and", "и", "және",
    ]
}
