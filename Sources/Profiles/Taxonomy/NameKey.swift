import Foundation

/// The form in which names are compared: Unicode-normalised (NFKC), lower-cased, `ё` read as `е`,
/// runs of white space folded to one space and trimmed. "  Ручная  ДУГОВАЯ сварка" and
/// "ручная дуговая сварка" have the same key.
public struct NameKey: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public init(_ name: String) {
        // One pass over the scalars: an import normalises every name it reads.
        let normalised = name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCompatibilityMapping
        var folded = String.UnicodeScalarView()
        var space = false
        for scalar in normalised.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                space = !folded.isEmpty
                continue
            }
            if space { folded.append(" ") }
            space = false
            folded.append(scalar == "ё" ? "е" : scalar)
        }
        value = String(folded)
    }

    /// A key from text already in the compared form (one `value` of another key).
    init(normalised value: String) { self.value = value }

    public var description: String { value }

    /// Edit distance between two keys (Levenshtein, on the Unicode scalars of their NFKC form), for
    /// "did you mean" suggestions.
    public func distance(to other: NameKey) -> Int {
        let a = Array(value.unicodeScalars), b = Array(other.value.unicodeScalars)
        return Self.distance(a, b, limit: max(a.count, b.count))
    }

    /// Two rows of the distance table, kept between calls so measuring many names allocates once.
    struct DistanceBuffers {
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// Edit distance between `a` and `b` when it is at most `limit`, else `limit + 1`: only the diagonal
    /// band of width 2·`limit` + 1 is computed, and the computation stops once a row exceeds `limit`.
    /// - Complexity: O(*m*·`limit`) for *m* the length of `a`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        var buffers = DistanceBuffers()
        return distance(a, b, limit: limit, buffers: &buffers)
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, buffers: inout DistanceBuffers) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        var previous: [Int] = [], current: [Int] = []
        swap(&previous, &buffers.previous)
        swap(&current, &buffers.current)
        defer {
            swap(&previous, &buffers.previous)
            swap(&current, &buffers.current)
        }
        previous.removeAll(keepingCapacity: true)
        current.removeAll(keepingCapacity: true)
        for j in 0...b.count { previous.append(min(j, beyond)) }
        current.append(contentsOf: repeatElement(beyond, count: b.count + 1))
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[0] = min(i, beyond)
            if low > 1 { current[low - 1] = beyond }
            var rowMinimum = current[0]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                let value = min(substitution, previous[j] + 1, current[j - 1] + 1, beyond)
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if high < b.count { current[high + 1] = beyond }
            if rowMinimum > limit { return beyond }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
