import Testing
@testable import Matcher

@Suite("Fairness audit: selection rates and the four-fifths rule")
struct FairnessAuditTests {
    static func candidates(_ groups: [(String?, Int, Int)]) -> [(group: String?, selected: Bool)] {
        groups.flatMap { name, total, selected in (0..<total).map { (group: name, selected: $0 < selected) } }
    }

    @Test func handComputedRatesRatiosAndFlags() {
        // Given 100 urban candidates with 50 selected, 80 rural with 24 selected, 3 of unknown settlement.
        let audit = FairnessAudit(Self.candidates([("urban", 100, 50), ("rural", 80, 24), (nil, 3, 1)]))
        // Then urban 0.5, rural 0.3, ratio 0.3 / 0.5 = 0.6 < 0.8: rural flagged.
        let rural = audit.groups.first { $0.name == "rural" }!, urban = audit.groups.first { $0.name == "urban" }!
        #expect(abs(urban.selectionRate - 0.5) < 1e-12 && abs(rural.selectionRate - 0.3) < 1e-12)
        #expect(abs(rural.impactRatio! - 0.6) < 1e-12 && urban.impactRatio == 1)
        #expect(rural.adverseImpact && !urban.adverseImpact)
        #expect(audit.unknown == 3 && audit.candidates == 183 && audit.selected == 75)
    }

    @Test func exactlyFourFifthsIsNotFlaggedAndTinyGroupsAreNotJudged() {
        // 40/100 vs 32/100: ratio exactly 0.8 passes. A group of 3 in 203 (1.5%) is too small to judge,
        // and its perfect rate does not become the reference.
        let audit = FairnessAudit(Self.candidates([("female", 100, 40), ("male", 100, 32), ("other", 3, 3)]))
        let male = audit.groups.first { $0.name == "male" }!, tiny = audit.groups.first { $0.name == "other" }!
        #expect(abs(male.impactRatio! - 0.8) < 1e-12 && !male.adverseImpact)
        #expect(tiny.tooSmallToJudge && !tiny.adverseImpact)
    }

    @Test func nobodySelectedGivesNoRatios() {
        let audit = FairnessAudit(Self.candidates([("kk", 10, 0), ("ru", 10, 0)]))
        #expect(audit.groups.allSatisfy { $0.impactRatio == nil && !$0.adverseImpact })
        #expect(FairnessAudit([]).groups.isEmpty)
    }
}
