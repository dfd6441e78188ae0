import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("Report privacy: no suppressed count can be read back from a figure beside it")
struct ReportPrivacyTests {
    @Test("gaps and unfilled places beside 1–9 persons are ranges", arguments: [40, 120, 300] as [Int])
    func differencesNeverRevealASuppressedCount(students count: Int) throws {
        // Given a small cohort on the fixture catalogue, where counts of 1–9 are common
        let database = try Fixtures.database(students: count, seed: UInt64(count))
        let catalogue = try database.catalogue(), students = try database.students()
        let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: Fixtures.referenceYear)
        let report = try ReportBuilder(batch: batch, catalogue: catalogue, students: students, referenceYear: Fixtures.referenceYear)
            .build(language: .en, title: "t", date: "d")

        // Then a gap is exact only where the candidates are shown, and equals demand − candidates there
        var ranges = 0
        for (demand, candidates, gap) in report.bySpecialty.map({ ($0.demand, $0.candidates, $0.gap) })
            + report.byRegion.map({ ($0.demand, $0.candidates, $0.gap) }) {
            #expect(gap.isExact == !candidates.isSuppressed)
            if gap.isExact { #expect(gap.range.lowerBound == demand - candidates.value) } else { ranges += 1 }
            #expect(gap.range.contains(demand - candidates.value))
        }
        // and unfilled places leave the number placed either shown as 0 or 10+, or hidden in a range
        for row in report.unfilled where row.unfilled.isExact {
            let placed = row.places - row.unfilled.range.lowerBound
            #expect(placed == 0 || placed >= PersonCount.threshold)
        }
        for row in report.unfilled where !row.unfilled.isExact {
            #expect(row.unfilled.range.count == PersonCount.threshold - 1)
        }
        if count == 40 { #expect(ranges > 0, "the smallest cohort should exercise the ranges") }
    }
}
