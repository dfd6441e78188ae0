import Foundation
import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher
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
            #expect(row.unfilled.range == max(0, row.places - PersonCount.threshold + 1)...(row.places - 1))
        }
        if count == 120 { #expect(ranges > 0, "a cohort of 120 should exercise the ranges") }
    }

    @Test("a total is withheld when, with its rows, it would narrow a \"<10\" below 5 values")
    func totalsNeverRevealTheOnlySuppressedRow() throws {
        let database = try Fixtures.database(students: 30, seed: 2)
        let catalogue = try database.catalogue(), students = try database.students()
        func report(placing placements: [String: Int]) -> MatchReport {
            // Students 0, 1, … take the places asked for, in the order given.
            var assigned = [Int?](repeating: nil, count: students.count)
            var next = 0
            for (vacancyID, count) in placements.sorted(by: { $0.key < $1.key }) {
                let index = catalogue.vacancies.firstIndex { $0.id == vacancyID }!
                for _ in 0..<count { assigned[next] = index; next += 1 }
            }
            return ReportBuilder(catalogue: catalogue, students: students, bestVacancies: students.map { _ in [] },
                                 placements: assigned, nearCandidates: catalogue.vacancies.map { _ in [] },
                                 referenceYear: Fixtures.referenceYear).build(language: .en, title: "t", date: "d")
        }

        // One enterprise with 1–9 placed and none other: the total is itself "<10", without a fill rate
        let one = report(placing: ["khromtau-miner": 2])
        #expect(one.enterprises.count { $0.filled?.isSuppressed == true } == 1)
        #expect(one.summary.placed?.description == "<10" && one.summary.fillRate == nil)
        #expect(one.enterprises.allSatisfy { $0.fillRate == nil || $0.filled?.isSuppressed == false })
        // Every place filled: each enterprise's "<10" would have to be all its places (5, 4 and 2 of 11), so the
        // total of 11 is withheld
        let full = report(placing: ["saran-welder": 2, "saran-tyre-dual": 3, "khromtau-miner": 4, "almaty-receptionist": 2])
        #expect(full.enterprises.allSatisfy { $0.filled?.description == "<10" })
        #expect(full.summary.placed == nil && full.summary.fillRate == nil)
        // and the full vacancies stay listed with a range, as being left out would say how many were placed
        #expect(full.unfilled.map(\.unfilled.description).sorted() == ["0…1", "0…1", "0…2", "0…3"])
        // Two at 1 each: the total minus the others is 2, so both must be 1
        #expect(DisclosureRule.totalRevealsSuppressed([PersonCount(1), PersonCount(1), PersonCount(40)]))
        #expect(DisclosureRule.totalRevealsSuppressed([PersonCount(9), PersonCount(9), PersonCount(40)]))
        // 17 in two "<10" leaves 8 or 9 each: fewer than 5 values
        #expect(DisclosureRule.totalRevealsSuppressed([PersonCount(9), PersonCount(8), PersonCount(40), PersonCount(0)]))
        #expect(!DisclosureRule.totalRevealsSuppressed([PersonCount(3), PersonCount(4), PersonCount(40), PersonCount(0)]))
        // None placed: nothing to hide
        #expect(report(placing: [:]).summary.placed == PersonCount(0))

        // Withheld figures are left out of the JSON and empty in the CSV, like withheld rates
        let root = try #require(try JSONSerialization.jsonObject(with: try JSONReportWriter().data(for: full)) as? [String: Any])
        let summaryKeys = Set((root["summary"] as? [String: Any] ?? [:]).keys)
        #expect(summaryKeys.contains("places") && !summaryKeys.contains("placed") && !summaryKeys.contains("fillRate"))
        let labels = ReportLabels.labels(for: .en)
        let summaryCSV = CSVReportTables(report: full, labels: labels).summary()
        #expect(summaryCSV.rows.contains { $0.map(\.field) == [labels.placed, ""] })
    }
}
