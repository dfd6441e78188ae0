import Testing
@testable import Profiles
import TestSupport

@Suite("Spelling suggestions: the index finds what comparing with every name finds")
struct SpellingIndexTests {
    /// The rule, applied to every known name (the oracle the index must agree with).
    static func naive(_ name: String, among known: [String]) -> [(name: String, distance: Int)] {
        let key = NameKey(name)
        let length = key.value.unicodeScalars.count
        let allowed = SpellingIndex.allowedDistance(forLength: length)
        return known.compactMap { candidate -> (name: String, distance: Int)? in
            let other = NameKey(candidate)
            let distance = key.distance(to: other)
            let contains = length >= 4 && other.value.contains(key.value)
            guard distance <= allowed || contains else { return nil }
            return (candidate, contains ? min(distance, allowed) : distance)
        }.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
    }

    static let known = NameIndexTests.catalogue.taxonomy.skills.flatMap { [$0.id] + $0.allNames }

    @Test(arguments: 0..<8)
    func agreesWithTheRuleAppliedToEveryName(seed: UInt64) {
        // Given typed names made from known ones by a few random edits, and unrelated ones
        var random = SplitMix64(seed: seed)
        let index = SpellingIndex(Self.known)
        let alphabet = Array("абвгдеклмнопрстсәқңwelding ")
        for _ in 0..<60 {
            var name = Array(Self.known[Int(random.next() % UInt64(Self.known.count))])
            for _ in 0..<Int(random.next() % 4) {
                let position = name.isEmpty ? 0 : Int(random.next() % UInt64(name.count))
                switch random.next() % 3 {
                case 0 where !name.isEmpty: name.remove(at: position)
                case 1: name.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: position)
                default: if !name.isEmpty { name[position] = alphabet[Int(random.next() % UInt64(alphabet.count))] }
                }
            }
            let typed = String(name)
            // Then the index suggests the same names, in the same order, as the rule applied to all of them
            let expected = Self.naive(typed, among: Self.known)
            let found = index.closest(to: typed, limit: .max)
            #expect(found.map(\.name) == expected.map(\.name), "\(typed)")
            #expect(found.map(\.distance) == expected.map(\.distance), "\(typed)")
        }
    }

    @Test func theBandedDistanceIsTheFullOneWithinItsLimit() {
        var random = SplitMix64(seed: 42)
        let letters = Array("абвгд".unicodeScalars)
        for _ in 0..<500 {
            let a = (0..<Int(random.next() % 9)).map { _ in letters[Int(random.next() % 5)] }
            let b = (0..<Int(random.next() % 9)).map { _ in letters[Int(random.next() % 5)] }
            let full = NameKey.distance(a, b, limit: 20)
            for limit in 0...4 {
                #expect(NameKey.distance(a, b, limit: limit) == min(full, limit + 1))
            }
        }
    }
}
