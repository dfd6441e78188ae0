import Foundation

/// The form in which names are compared: Unicode-normalised (NFKC), lower-cased, `ё` read as `е`,
/// runs of white space folded to one space and trimmed. "  Ручная  ДУГОВАЯ сварка" and
/// "ручная дуговая сварка" have the same key.
public struct NameKey: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    public init(_ name: String) {
        let folded = name.precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "ё", with: "е")
        value = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public var description: String { value }

    /// Edit distance between two keys (Levenshtein, on the Unicode scalars of their NFKC form), for
    /// "did you mean" suggestions.
    public func distance(to other: NameKey) -> Int {
        let a = Array(value.unicodeScalars), b = Array(other.value.unicodeScalars)
        return Self.distance(a, b, limit: max(a.count, b.count))
    }

    /// Edit distance between `a` and `b` when it is at most `limit`, else `limit + 1`: only the diagonal
    /// band of width 2·`limit` + 1 is computed, and the computation stops once a row exceeds `limit`.
    /// - Complexity: O(*m*·`limit`) for *m* the length of `a`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        var previous = (0...b.count).map { min($0, beyond) }
        var current = [Int](repeating: beyond, count: b.count + 1)
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
