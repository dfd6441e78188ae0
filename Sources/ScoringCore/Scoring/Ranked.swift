/// One ranked entry: the index of a student, vacancy or specialty in the input order, and its score.
public struct Ranked: Sendable, Hashable, Codable {
    public var index: Int
    public var score: Float

    public init(index: Int, score: Float) {
        self.index = index
        self.score = score
    }

    /// Best first: higher score, then lower index (inputs are in id order, so lower id).
    @inline(__always)
    public static func isBetter(_ a: Ranked, than b: Ranked) -> Bool {
        a.score > b.score || (a.score == b.score && a.index < b.index)
    }
}

extension Array where Element == Ranked {
    /// The best `k` of two ranked lists, each already best first.
    /// - Complexity: O(k).
    public func mergedBest(with other: [Ranked], k: Int) -> [Ranked] {
        var merged: [Ranked] = []
        merged.reserveCapacity(Swift.min(k, count + other.count))
        var i = 0, j = 0
        while merged.count < k && (i < count || j < other.count) {
            if j >= other.count || (i < count && Ranked.isBetter(self[i], than: other[j])) {
                merged.append(self[i]); i += 1
            } else {
                merged.append(other[j]); j += 1
            }
        }
        return merged
    }
}
