import Stemming
import Synchronization

/// Finds records — skills, regions, subjects — by the names people type: an id or exact name (`NameKey`),
/// the stems of a name's words in any order and form (`WordStems`: "сварки ручной" for «Ручная дуговая
/// сварка»), and last the spelling (`SpellingIndex`). Built once per catalogue; each distinct phrase is
/// looked up once, then answered from a cache.
public struct NameIndex: Sendable {
    /// When stems alone resolve a phrase to one record, without asking the person.
    public enum Rule: Sendable, Hashable {
        /// Only when the phrase has the words of one of the record's names, no more and no fewer: a word
        /// shared by several records ("сварка") names them all, so the person picks (skills).
        case wholeName
        /// When one record fits all the phrase's words better than any other ("Караганда", "Карагандинской
        /// области"): regions and subjects, whose names do not overlap.
        case bestFit
    }

    /// One way to name a record.
    public struct Name: Sendable, Hashable {
        public var text: String
        public var language: Language
        /// `.id`, `.label` or `.synonym`: what an exact match of `text` is.
        public var method: NameMatch.Method

        public init(_ text: String, _ language: Language, _ method: NameMatch.Method) {
            self.text = text
            self.language = language
            self.method = method
        }
    }

    /// A name that already names another record; the name is kept for the first.
    public struct Conflict: Sendable, Hashable {
        public var name: String
        public var id: String
        public var otherID: String
    }

    private struct IndexedName: Sendable {
        var record: Int
        var name: Name
        var words: Int
    }

    /// A word of a name (at most 64 words of a name and of a phrase count).
    private struct Posting: Sendable {
        var name: Int32
        var word: UInt8
    }

    public let rule: Rule
    private var ids: [String] = []
    private var recordByID: [String: Int] = [:]
    private var names: [IndexedName] = []
    private var exact: [NameKey: Int] = [:]
    private var stems: [String: [Posting]] = [:]
    private var spelling = SpellingIndex()
    private var cache = MatchCache()

    public init(rule: Rule) { self.rule = rule }

    /// Adds a record with its names.
    /// - Returns: the names another record already has (they keep naming that one).
    /// - Complexity: O(*n*) in the names' total length.
    @discardableResult
    public mutating func insert(id: String, names recordNames: [Name]) -> [Conflict] {
        let record = recordByID[id] ?? ids.count
        if record == ids.count {
            ids.append(id)
            recordByID[id] = record
        }
        cache = MatchCache()
        var conflicts: [Conflict] = []
        for name in recordNames {
            let key = NameKey(name.text)
            let known = exact[key]
            if let known, names[known].record != record {
                conflicts.append(Conflict(name: name.text, id: id, otherID: ids[names[known].record]))
                continue
            }
            // A name the record already has ("Физика" in kk and ru) is stemmed again in its language.
            let position = names.count
            let words = WordStems.words(key.value).prefix(64)
            names.append(IndexedName(record: record, name: name, words: words.count))
            if known == nil {
                exact[key] = position
                spelling.insert(key.value)
            }
            // An id is matched whole or by spelling: its words repeat the English label's.
            for (index, word) in words.enumerated() where name.method != .id {
                for stem in Set(WordStems.stems(ofNameWord: word, in: name.language.wordStemsLanguage)) {
                    stems[stem, default: []].append(Posting(name: Int32(position), word: UInt8(index)))
                }
            }
        }
        return conflicts
    }

    /// The record an id or exact name (in any case and spacing) names.
    public func exactMatch(_ phrase: String) -> NameMatch? {
        exact[NameKey(phrase)].map { match(names[$0], .exact) }
    }

    /// Up to `limit` records the phrase may name, best first (ties by id): exact names, then shared stems,
    /// then spelling. Each record appears once, by its best name.
    /// - Complexity: the first time a phrase is seen, O(*p*) in the postings of its words' stems plus the
    ///   spelling search (`SpellingIndex.closest`); after that, a dictionary lookup.
    public func matches(_ phrase: String, limit: Int = 10) -> [NameMatch] {
        let key = NameKey(phrase)
        if let known = cache.results.withLock({ $0[key] }) { return Array(known.prefix(limit)) }
        let found = _matches(key)
        cache.results.withLock { $0[key] = found }
        return Array(found.prefix(limit))
    }

    /// What the phrase names under this index's `rule`, with up to `limit` suggestions when nothing.
    public func resolve(_ phrase: String, suggestions limit: Int = 3) -> NameResolution {
        if recordByID[phrase] != nil {  // the common case, without normalising
            return .resolved(NameMatch(id: phrase, name: phrase, method: .id, score: 1, coversPhrase: true, coversName: true))
        }
        let found = matches(phrase, limit: .max)
        guard let best = found.first else { return .unknown(suggestions: []) }
        if best.score == 1 { return .resolved(best) }
        let wholePhrase = found.filter { $0.method == .stems && $0.coversPhrase }
        switch rule {
        case .wholeName:
            let wholeNames = wholePhrase.filter(\.coversName)
            if wholeNames.count == 1 { return .resolved(wholeNames[0]) }
        case .bestFit:
            if let first = wholePhrase.first, wholePhrase.count == 1 || first.score > wholePhrase[1].score { return .resolved(first) }
        }
        if wholePhrase.count > 1 { return .several(wholePhrase) }
        return .unknown(suggestions: Array(found.prefix(limit)))
    }

    private enum Fit {
        case exact
        /// The shares of the phrase's words the record's names hold together, and of the best name's words
        /// the phrase holds; `wholeName` when one name has exactly the phrase's words.
        case stems(phrase: Double, name: Double, wholeName: Bool)
        case spelling(distance: Int, allowed: Int)
    }

    private func _matches(_ key: NameKey) -> [NameMatch] {
        var best: [Int: NameMatch] = [:]
        if let position = exact[key] { best[names[position].record] = match(names[position], .exact) }
        for (record, fit) in stemFits(key) where best[record] == nil {
            best[record] = match(names[fit.name], fit.fit)
        }
        let allowed = SpellingIndex.allowedDistance(forLength: key.value.unicodeScalars.count)
        // The spelling index holds the names' keys, so what it suggests is a key.
        for (text, distance) in spelling.closest(to: key, limit: 5) {
            if let position = exact[NameKey(normalised: text)], best[names[position].record] == nil {
                best[names[position].record] = match(names[position], .spelling(distance: distance, allowed: allowed))
            }
        }
        return best.values.sorted { ($1.score, $0.id) < ($0.score, $1.id) }
    }

    /// Records sharing stems with the phrase, each with its best name (most of the phrase, then most of
    /// the name, then a label before a synonym, then first indexed).
    private func stemFits(_ key: NameKey) -> [Int: (name: Int, fit: Fit)] {
        let words = WordStems.words(key.value).prefix(64)
        var phraseWords: [Int32: UInt64] = [:], nameWords: [Int32: UInt64] = [:]
        for (index, word) in words.enumerated() {
            for stem in Set(WordStems.stems(ofTypedWord: word)) {
                for posting in stems[stem] ?? [] {
                    phraseWords[posting.name, default: 0] |= 1 << UInt64(index)
                    nameWords[posting.name, default: 0] |= 1 << UInt64(posting.word)
                }
            }
        }
        let all = words.count
        var byRecord: [Int: (name: Int, phrase: Int, share: Double, union: UInt64, whole: Bool)] = [:]
        for (position, phraseMask) in phraseWords.sorted(by: { $0.key < $1.key }) {
            let name = names[Int(position)]
            let phrase = phraseMask.nonzeroBitCount, share = Double(nameWords[position]!.nonzeroBitCount) / Double(name.words)
            let whole = phrase == all && share == 1
            guard let current = byRecord[name.record] else {
                byRecord[name.record] = (Int(position), phrase, share, phraseMask, whole)
                continue
            }
            let isLabel = name.name.method == .label ? 1 : 0, currentIsLabel = names[current.name].name.method == .label ? 1 : 0
            let better = (phrase, share, isLabel) > (current.phrase, current.share, currentIsLabel)
            byRecord[name.record] = (better ? Int(position) : current.name, better ? phrase : current.phrase,
                                     better ? share : current.share, current.union | phraseMask, current.whole || whole)
        }
        return byRecord.mapValues { found in
            (found.name, .stems(phrase: Double(found.union.nonzeroBitCount) / Double(all), name: found.share, wholeName: found.whole))
        }
    }

    private func match(_ name: IndexedName, _ fit: Fit) -> NameMatch {
        let id = ids[name.record]
        switch fit {
        case .exact:
            return NameMatch(id: id, name: name.name.text, method: name.name.method, score: 1, coversPhrase: true, coversName: true)
        case let .stems(phrase, nameShare, wholeName):
            // Every word of the phrase first, then the share of the name's words: all the phrase always
            // outranks part of it. A label outranks a synonym as good ("сварка": Газовая сварка before
            // the fibre optics' Сварка оптоволокна).
            let fit = phrase == 1 ? 0.8 + 0.15 * nameShare : 0.5 + 0.3 * phrase * (0.5 + 0.5 * nameShare)
            let score = name.name.method == .label ? fit : fit - 0.03
            return NameMatch(id: id, name: name.name.text, method: .stems, score: score, coversPhrase: phrase == 1, coversName: wholeName)
        case let .spelling(distance, allowed):
            return NameMatch(id: id, name: name.name.text, method: .spelling, score: 0.45 * (1 - Double(distance) / Double(allowed + 1)),
                             coversPhrase: false, coversName: false)
        }
    }
}

/// Looked-up phrases, shared by the copies of one index.
private final class MatchCache: Sendable {
    let results = Mutex<[NameKey: [NameMatch]]>([:])
}

extension Language {
    var wordStemsLanguage: WordStems.Language {
        switch self {
        case .kk: .kazakh
        case .ru: .russian
        case .en: .english
        }
    }
}
