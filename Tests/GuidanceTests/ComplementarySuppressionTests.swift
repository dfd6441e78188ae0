import Testing
@testable import Guidance

@Suite("Complementary suppression: the fewest, smallest figures withheld so no \"<10\" can be worked out")
struct ComplementarySuppressionTests {
    /// A vacancy's 3 placed ("<10") in an enterprise of 23 (20 placed in its other vacancies), in a region of
    /// 60 with enterprises of 15 (all known from their vacancies) and 12 (4 placed, "<10", plus 8); a country of 160.
    static func chain() -> LinkedCounts {
        var counts = LinkedCounts()
        let x = counts.add("vacancy:x", value: 3, cap: 6, mayBeWithheld: false)
        let y = counts.add("vacancy:y", value: 4, cap: 8, mayBeWithheld: false)
        let e = counts.add("enterprise:e", value: 23, cap: 40)
        let known = counts.add("enterprise:known", value: 15, cap: 20)
        let other = counts.add("enterprise:other", value: 12, cap: 30)
        counts.relate(total: e, to: [x], plus: 20)
        counts.relate(total: known, to: [], plus: 15)
        counts.relate(total: other, to: [y], plus: 8)
        let region = counts.add("placed:r", value: 60, cap: 200)
        counts.relate(total: region, to: [e, known, other], plus: 10)
        let country = counts.add("placed", value: 160, cap: 900)
        counts.relate(total: country, to: [region], plus: 100)
        return counts
    }

    @Test("a reader works a lone \"<10\" out through the totals above it")
    func boundPropagationFindsTheHiddenCount() {
        let counts = Self.chain()
        let intervals = counts.intervals(withheld: [])
        // 23 − 20 = 3 and 12 − 8 = 4: both pinned
        #expect(intervals[counts.index(of: "vacancy:x")!] == 3...3)
        #expect(intervals[counts.index(of: "vacancy:y")!] == 4...4)
        #expect(Set(DisclosureRule.exposed(in: counts, withheld: [])) == [0, 1])
    }

    @Test("the smallest figure that widens the count is withheld, not one the others give away anyway")
    func smallestUsefulComplementIsChosen() {
        let counts = Self.chain()
        let withheld = Set(DisclosureRule.complements(in: counts).map { counts.cells[$0].key })
        // Both enterprises' totals go; the known enterprise (15) would not help and stays; with x + y = 7 known
        // from the region, each still has 6 values (1…6), so the region and the country stay shown
        #expect(withheld == ["enterprise:e", "enterprise:other"])
        let intervals = counts.intervals(withheld: Set(withheld.map { counts.index(of: $0)! }))
        #expect(intervals[counts.index(of: "vacancy:x")!] == 1...6)
        #expect(intervals[counts.index(of: "vacancy:y")!] == 1...6)
        #expect(intervals[counts.index(of: "enterprise:known")!] == 15...15)
    }

    @Test("a lone \"<10\" in a region takes the totals up to the country away, each only when it widens the count")
    func aLoneCountClimbsTheHierarchy() {
        // Given the chain without the second "<10": the other enterprise is 12 = 12 known
        var counts = LinkedCounts()
        let x = counts.add("vacancy:x", value: 3, cap: 6, mayBeWithheld: false)
        let e = counts.add("enterprise:e", value: 23, cap: 40)
        let known = counts.add("enterprise:known", value: 15, cap: 20)
        counts.relate(total: e, to: [x], plus: 20)
        counts.relate(total: known, to: [], plus: 15)
        let region = counts.add("placed:r", value: 48, cap: 200)
        counts.relate(total: region, to: [e, known], plus: 10)
        let country = counts.add("placed", value: 148, cap: 900)
        counts.relate(total: country, to: [region], plus: 100)
        // Then the enterprise, the region and the country are withheld (no other region has a "<10" to hide it)
        let withheld = DisclosureRule.complements(in: counts)
        #expect(Set(withheld.map { counts.cells[$0].key }) == ["enterprise:e", "placed:r", "placed"])
        #expect(DisclosureRule.exposed(in: counts, withheld: withheld).isEmpty)
        #expect(counts.intervals(withheld: withheld)[x] == 1...6)
    }

    @Test("a count its own places bound to fewer than 5 values is protected when nothing narrows it further")
    func ownRangeBelowTheMinimum() {
        // 1 of a vacancy's 2 places filled: 1…2 by its own row; an enterprise total of 1 + 2 known would pin it
        var counts = LinkedCounts()
        let x = counts.add("vacancy:x", value: 1, cap: 2, mayBeWithheld: false)
        let e = counts.add("enterprise:e", value: 13, cap: 20)
        counts.relate(total: e, to: [x], plus: 12)
        #expect(counts.ownRange(x) == 1...2)
        #expect(DisclosureRule.exposed(in: counts, withheld: []) == [x])
        let withheld = DisclosureRule.complements(in: counts)
        #expect(withheld == [e])
        #expect(counts.intervals(withheld: withheld)[x] == 1...2)
        #expect(DisclosureRule.isProtected(1...2, own: 1...2) && !DisclosureRule.isProtected(1...4, own: 1...9))
    }
}
