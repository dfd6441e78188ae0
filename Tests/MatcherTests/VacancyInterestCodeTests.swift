import Foundation
import Testing
@testable import Profiles
@testable import Matcher
import TestSupport

/// Docs/Scoring.md: a vacancy takes the Holland code of its first listed specialty; the list is no filter.
@Suite("A vacancy's specialties: where its Holland code comes from, and what an empty list does")
struct VacancyInterestCodeTests {
    static let year = Fixtures.referenceYear

    /// The fixture catalogue plus one vacancy imported with `specialties` as its cell.
    static func catalogue(specialties: String) throws -> (Catalogue, Vacancy) {
        let database = try Fixtures.database()
        let csv = "id,enterprise,title_kk,title_ru,title_en,kind,region,headcount,min_age,specialties,requirements\n"
            + "v-listed,saran-tyres,Шина,Шина,Tyres,job,karaganda,2,18,\(specialties),tyre-building:2:3\n"
        var options = Importer.Options()
        options.referenceYear = year
        _ = try Importer(database: database, options: options).run([try Fixtures.file("vacancies.csv", csv)])
        let catalogue = try database.catalogue()
        return (catalogue, try #require(catalogue.vacancies.first { $0.id == "v-listed" }))
    }

    @Test("the code is that of the first listed specialty, even when a later one has the lower id")
    func theCodeIsTheFirstListedSpecialtys() throws {
        // Given a vacancy listing tyre production (RC) before hotel business (SEC, id 10130100, lower than x-…)
        let (catalogue, vacancy) = try Self.catalogue(specialties: "x-tyre-production;10130100")
        // When the matcher derives its code
        let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year)
        // Then it is RC, tyre production's
        #expect(matcher.interestCode(of: vacancy) == [.realistic, .conventional])
    }
}
