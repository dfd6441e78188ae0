import Foundation
import Testing
import Profiles
import Matcher
import TestSupport

/// A minor without a guardian's consent is never shown to an employer, whatever reference year is asked
/// for (issue 12 §5: `--year 2040` used to show 184 of them and place 146).
@Suite("Consent cannot be dated away")
struct ConsentYearTests {
    let thisYear = Calendar.currentYear

    /// A cohort generated for this year, and those of it who may be minors now and have no consent.
    func cohort() throws -> (catalogue: Catalogue, students: [Student], hidden: Set<Int>) {
        let catalogue = try Fixtures.database().catalogue()
        let students = Array(IteratorSequence(CohortGenerator(catalogue: catalogue, count: 1_500, seed: 12, referenceYear: thisYear)))
        let hidden = Set(students.indices.filter { students[$0].mayBeMinor(in: thisYear) && students[$0].guardianConsent != true })
        return (catalogue, students, hidden)
    }

    @Test func theAgeYearIsNeverAfterThisYear() {
        #expect(Eligibility(referenceYear: 2040, currentYear: 2026).ageYear == 2026)
        #expect(Eligibility(referenceYear: 2027, currentYear: 2026).ageYear == 2026)
        #expect(Eligibility(referenceYear: 2025, currentYear: 2026).ageYear == 2025)
    }

    @Test(arguments: [2040, Calendar.currentYear + 1, Calendar.currentYear + 20])
    func aLaterYearShowsAndPlacesNoMinorWithoutConsent(year: Int) throws {
        // Given a cohort with minors who have no guardian's consent
        let (catalogue, students, hidden) = try cohort()
        #expect(hidden.count > 50, "the cohort should hold minors without consent")
        // When shortlists and an allocation are made for a later year
        let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: year)
        let (best, counts) = try matcher.shortlists(students, k: 10_000)
        let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: year)
        // Then none of them is on any shortlist, counted eligible, or placed
        let shown = best.flatMap { $0.map(\.index) }.filter(hidden.contains)
        #expect(shown.isEmpty, "\(shown.count) minors without consent shortlisted for \(year)")
        let placed = batch.allocation.placeOf.indices.filter { hidden.contains($0) && batch.allocation.placeOf[$0] != nil }
        #expect(placed.isEmpty, "\(placed.count) minors without consent placed for \(year)")
        #expect(counts.allSatisfy { $0.eligible <= students.count - hidden.count })
        // and each of them is excluded for want of consent
        let eligibility = Eligibility(referenceYear: year)
        for index in hidden.prefix(20) {
            #expect(eligibility.reasons(students[index], catalogue.vacancies[0]).contains(.consent))
        }
    }
}
