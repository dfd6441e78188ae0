import Stemming

/// Finds where names — skills' labels and synonyms, regions' names, parts of enterprises' names —
/// occur in a text, in any word order and form: each name's words are stemmed as `NameIndex` stems them
/// (`WordStems`, in the name's language), each word of the text as a person typed it, and a name occurs
/// where every one of its words is found in one segment, close together.
///
/// `NameIndex` answers "what does this whole phrase name"; a vacancy text holds many names among other
/// words, so this index answers "which names occur in this text, and where".
struct PhraseIndex: Sendable {
    struct Name: Sendable {
        var record: Int
        var text: String
        var method: NameMatch.Method
        /// The name's words in `NameKey` form, joining words left out.
        var words: [String]
        /// The stems of each word.
        var stems: [[String]]
    }

    /// A name found in a segment: which of its words were found at which tokens.
    struct Occurrence: Sendable {
        var name: Int
        /// Token index for each word of the name, nil where the word was not found.
        var tokens: [Int?]
        var found: Int { tokens.count { $0 != nil } }
        var isWhole: Bool { tokens.allSatisfy { $0 != nil } }
        var range: ClosedRange<Int> {
            let found = tokens.compactMap { $0 }
            return found.min()!...found.max()!
        }
    }

    private struct Posting: Sendable {
        var name: Int32
        var word: UInt8
    }

    let ids: [String]
    private(set) var names: [Name] = []
    private var postings: [String: [Posting]] = [:]
    /// How many records have a name with the stem: a stem of one record says which record it is.
    private(set) var recordsByStem: [String: Int] = [:]

    /// - Parameter records: each record's id and names (text, language, label or synonym).
    init(_ records: [(id: String, names: [(text: String, language: Language, method: NameMatch.Method)])]) {
        ids = records.map(\.id)
        var recordSets: [String: Set<Int>] = [:]
        for (record, entry) in records.enumerated() {
            for name in entry.names {
                let words = WordStems.words(NameKey(name.text).value).prefix(32)
                guard !words.isEmpty else { continue }
                let position = Int32(names.count)
                let stems = words.map { Array(Set(WordStems.stems(ofNameWord: $0, in: name.language.wordStemsLanguage))).sorted() }
                names.append(Name(record: record, text: name.text, method: name.method, words: Array(words), stems: stems))
                for (index, wordStems) in stems.enumerated() {
                    for stem in wordStems {
                        postings[stem, default: []].append(Posting(name: position, word: UInt8(index)))
                        recordSets[stem, default: []].insert(record)
                    }
                }
            }
        }
        recordsByStem = recordSets.mapValues(\.count)
    }

    /// The names whose words occur in the tokens of one segment, whole or in part: each name once, its
    /// words at the tokens closest together (a token serves one word of a name).
    /// - Parameter stems: the stems of each token of the segment, by token index.
    func occurrences(in tokens: Range<Int>, stems: (Int) -> [String]) -> [Occurrence] {
        var hits: [Int32: [(word: Int, token: Int)]] = [:]
        for token in tokens {
            for stem in stems(token) {
                for posting in postings[stem] ?? [] { hits[posting.name, default: []].append((Int(posting.word), token)) }
            }
        }
        return hits.sorted { $0.key < $1.key }.map { name, found in
            Occurrence(name: Int(name), tokens: Self.closest(found, words: names[Int(name)].words.count))
        }
    }

    /// For each word, the token that keeps the found words closest to the first found word's token.
    private static func closest(_ hits: [(word: Int, token: Int)], words: Int) -> [Int?] {
        var best: [Int?] = Array(repeating: nil, count: words)
        var bestSpan = Int.max
        for anchor in Set(hits.map(\.token)) {
            var chosen: [Int?] = Array(repeating: nil, count: words)
            var used: Set<Int> = []
            for word in 0..<words {
                let candidates = hits.filter { $0.word == word && !used.contains($0.token) }.map(\.token)
                if let nearest = candidates.min(by: { abs($0 - anchor) < abs($1 - anchor) }) {
                    chosen[word] = nearest
                    used.insert(nearest)
                }
            }
            let found = chosen.compactMap { $0 }
            let span = (found.max() ?? 0) - (found.min() ?? 0)
            if found.count > best.count(where: { $0 != nil }) || (found.count == best.count(where: { $0 != nil }) && span < bestSpan) {
                best = chosen
                bestSpan = span
            }
        }
        return best
    }

    /// How many records have a name with one of the stems (the fewest over the stems).
    func recordCount(ofStems stems: [String]) -> Int {
        stems.map { recordsByStem[$0] ?? 0 }.filter { $0 > 0 }.min() ?? 0
    }
}
