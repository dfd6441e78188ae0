/// "Did you mean …" over a fixed list of names: the one rule for spelling suggestions, with an index so a
/// name is compared with the few known names that could be close, not with all of them.
///
/// A known name is close to the typed one when its edit distance (`NameKey.distance`) is at most a third
/// of the typed name's length (at least 2), or when it contains the typed name (4 characters or more).
/// Candidates are found without computing a distance: an edit changes at most two of a name's character
/// pairs (bigrams, counting a start and an end mark), so a name within distance *d* shares at least
/// *D − 2d* of the typed name's *D* distinct bigrams, and its length differs by at most *d*; a name that
/// contains it is among the names holding its rarest bigram. Only those are measured, with a distance that
/// stops at the allowed one.
public struct SpellingIndex: Sendable {
    private var names: [String] = []
    private var keys: [[Unicode.Scalar]] = []
    private var byBigram: [UInt64: [Int32]] = [:]
    private var byLength: [Int: [Int32]] = [:]

    /// Indexes `names` (in any form: each is compared by its `NameKey`).
    /// - Complexity: O(*n*) in their total length.
    public init(_ names: some Sequence<String> = []) {
        for name in names { insert(name) }
    }

    /// Adds one name.
    public mutating func insert(_ name: String) {
        let key = Array(NameKey(name).value.unicodeScalars)
        let position = Int32(names.count)
        names.append(name)
        keys.append(key)
        byLength[key.count, default: []].append(position)
        for bigram in Self.bigrams(of: key, marked: true) { byBigram[bigram, default: []].append(position) }
    }

    /// Up to `limit` known names close to `name` by the rule above, closest first (ties by name), each with
    /// its distance (a name that contains the typed one counts as at most the allowed distance).
    /// - Complexity: O(*c*·*m*·*d*) for *c* candidates of the index, *m* the name's length, *d* the allowed distance.
    public func closest(to name: String, limit: Int = 3) -> [(name: String, distance: Int)] {
        closest(to: NameKey(name), limit: limit)
    }

    func closest(to name: NameKey, limit: Int) -> [(name: String, distance: Int)] {
        let key = Array(name.value.unicodeScalars)
        let allowed = Self.allowedDistance(forLength: key.count)
        var found: [Int32: Int] = [:]
        // Most shared bigrams first, so the best few are found early and bound the rest: once `limit` names
        // are found, a name farther than the farthest of them cannot enter.
        var best: [Int] = []
        var buffers = NameKey.DistanceBuffers()
        for candidate in candidatesWithinDistance(of: key, allowed) {
            let bound = best.count >= limit ? best[limit - 1] : allowed
            let distance = NameKey.distance(key, keys[Int(candidate)], limit: bound, buffers: &buffers)
            guard distance <= bound else { continue }
            found[candidate] = distance
            best.insert(distance, at: best.firstIndex { $0 > distance } ?? best.count)
        }
        for candidate in candidatesContaining(key) where found[candidate] == nil {
            found[candidate] = min(NameKey.distance(key, keys[Int(candidate)], limit: allowed, buffers: &buffers), allowed)
        }
        return found.map { (name: names[Int($0.key)], distance: $0.value) }
            .sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            .prefix(limit).map { $0 }
    }

    /// The largest edit distance at which a known name is suggested for a typed name of `length` characters.
    public static func allowedDistance(forLength length: Int) -> Int { max(2, length / 3) }

    /// Names that may be within `allowed` edits, most shared bigrams first.
    private func candidatesWithinDistance(of key: [Unicode.Scalar], _ allowed: Int) -> [Int32] {
        let byLength = (key.count - allowed...key.count + allowed).flatMap { self.byLength[$0] ?? [] }
        let bigrams = Self.bigrams(of: key, marked: true)
        let needed = bigrams.count - 2 * allowed
        var shared = [Int32](repeating: 0, count: keys.count)
        for bigram in bigrams {
            guard let positions = byBigram[bigram] else { continue }
            for position in positions { shared[Int(position)] &+= 1 }
        }
        return byLength.filter { Int(shared[Int($0)]) >= needed }.sorted { shared[Int($0)] > shared[Int($1)] }
    }

    private func candidatesContaining(_ key: [Unicode.Scalar]) -> [Int32] {
        guard key.count >= 4 else { return [] }
        let rarest = Self.bigrams(of: key, marked: false).min { (byBigram[$0]?.count ?? 0) < (byBigram[$1]?.count ?? 0) }
        return (rarest.flatMap { byBigram[$0] } ?? []).filter { keys[Int($0)].contains(key) }
    }

    /// The distinct character pairs of a key; `marked` adds a start and an end mark.
    private static func bigrams(of key: [Unicode.Scalar], marked: Bool) -> Set<UInt64> {
        let values: [UInt64] = marked ? [0] + key.map { UInt64($0.value) } + [0] : key.map { UInt64($0.value) }
        guard values.count >= 2 else { return [] }
        return Set((1..<values.count).map { values[$0 - 1] << 32 | values[$0] })
    }
}
