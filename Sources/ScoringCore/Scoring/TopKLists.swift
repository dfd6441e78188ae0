/// `count` bounded lists of the best `k` (score, index) entries, stored flat and padded.
///
/// A sorted insertion buffer rather than swift-collections `Heap`. Measured on 2-core Zen 3 (4 096
/// lists × 10 000 scores, threshold check first in both, Docs/Performance.md): in random order `Heap`
/// is 1.15× faster at k = 10 and the buffer 1.27× faster at k = 100; on ascending scores (every one
/// inserted) the buffer is 1.66× faster at k = 10 and `Heap` 2× faster at k = 100. In the collectors
/// the vectorised threshold check rejects nearly every score before either runs, so what decides is
/// that the buffer is one flat allocation per row tile (not one heap per row) and comes out sorted.
struct TopKLists: Sendable {
    /// Capacity of each list.
    let k: Int
    /// Number of lists.
    private(set) var count: Int
    /// `count × k` scores, best first; -infinity pads.
    private(set) var scores: [Float]
    /// `count × k` indices, best first; -1 pads.
    private(set) var indices: [Int32]
    /// Entries held by each list.
    private var lengths: [Int32]
    /// Per list, the score a candidate must reach: -infinity until the list is full, then its worst score.
    private var thresholds: [Float]

    init(count: Int, k: Int) {
        self.k = k
        self.count = count
        scores = Array(repeating: -.infinity, count: count * k)
        indices = Array(repeating: -1, count: count * k)
        lengths = Array(repeating: 0, count: count)
        thresholds = Array(repeating: -.infinity, count: count)
    }

    /// Empties the lists and resizes them to `count`, keeping the allocations.
    mutating func reset(count: Int) {
        self.count = count
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(-.infinity, count: count * k))
        indices.removeAll(keepingCapacity: true)
        indices.append(contentsOf: repeatElement(-1, count: count * k))
        lengths.removeAll(keepingCapacity: true)
        lengths.append(contentsOf: repeatElement(0, count: count))
        thresholds.removeAll(keepingCapacity: true)
        thresholds.append(contentsOf: repeatElement(-.infinity, count: count))
    }

    /// Calls `body` with unchecked pointers to the lists, for the hot loop.
    @inline(__always)
    mutating func withView<R>(_ body: (TopKListsView) -> R) -> R {
        let k = k
        return scores.withUnsafeMutableBufferPointer { scores in
            indices.withUnsafeMutableBufferPointer { indices in
                lengths.withUnsafeMutableBufferPointer { lengths in
                    thresholds.withUnsafeMutableBufferPointer { thresholds in
                        body(TopKListsView(k: k, scores: scores.baseAddress!, indices: indices.baseAddress!,
                                           lengths: lengths.baseAddress!, thresholds: thresholds.baseAddress!))
                    }
                }
            }
        }
    }

    /// Merges every list of `other` into the lists starting at `offset`.
    ///
    /// - Complexity: O(other.count × k) when the receiving lists are empty or mostly better,
    ///   O(other.count × k²) at worst.
    mutating func merge(_ other: TopKLists, offset: Int) {
        precondition(other.k == k && offset >= 0 && offset + other.count <= count, "merged lists do not fit")
        guard k > 0 else { return }
        let k = k
        withView { view in
            for list in 0..<other.count {
                let target = offset + list
                for position in 0..<Int(other.lengths[list]) {
                    let at = list * k + position
                    let score = other.scores[at], index = other.indices[at]
                    // `other`'s list is sorted best first: once one entry misses, the rest do too.
                    if view.lengths[target] == k,
                       !TopKListsView.precedes(score, index, view.scores[target * k + k - 1], view.indices[target * k + k - 1]) {
                        break
                    }
                    view.insert(target, score: score, index: index)
                }
            }
        }
    }

    /// The lists as a public result.
    var result: TopKResult { TopKResult(count: count, k: k, indices: indices, scores: scores) }
}

/// Unchecked pointers into `TopKLists`, valid only inside `TopKLists.withView(_:)`.
struct TopKListsView {
    let k: Int
    let scores: UnsafeMutablePointer<Float>
    let indices: UnsafeMutablePointer<Int32>
    let lengths: UnsafeMutablePointer<Int32>
    let thresholds: UnsafeMutablePointer<Float>

    /// Whether (score, index) ranks before (otherScore, otherIndex): higher score, then lower index.
    @inline(__always)
    static func precedes(_ score: Float, _ index: Int32, _ otherScore: Float, _ otherIndex: Int32) -> Bool {
        score > otherScore || (score == otherScore && index < otherIndex)
    }

    /// Offers (score, index) to list `list`; it stays only if it ranks among the best `k`.
    ///
    /// - Complexity: O(k) moves at worst, usually none.
    @inline(__always)
    func insert(_ list: Int, score: Float, index: Int32) {
        let listScores = scores + list &* k
        let listIndices = indices + list &* k
        var length = Int(lengths[list])
        var position: Int
        if length == k {
            // A full list keeps its worst entry when the newcomer only ties it with a higher index.
            guard Self.precedes(score, index, listScores[k &- 1], listIndices[k &- 1]) else { return }
            position = k &- 1
        } else {
            position = length
            length &+= 1
            lengths[list] = Int32(truncatingIfNeeded: length)
        }
        while position > 0 && Self.precedes(score, index, listScores[position &- 1], listIndices[position &- 1]) {
            listScores[position] = listScores[position &- 1]
            listIndices[position] = listIndices[position &- 1]
            position &-= 1
        }
        listScores[position] = score
        listIndices[position] = index
        if length == k { thresholds[list] = listScores[k &- 1] }
    }
}
