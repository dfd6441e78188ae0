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

    /// Edit distance between two keys (Levenshtein, on characters), for "did you mean" suggestions.
    public func distance(to other: NameKey) -> Int {
        let a = Array(value), b = Array(other.value)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
