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

    @Test("an empty list: no Holland code (skills alone), no specialty's demand, and students of any specialty are matched")
    func anEmptyListMeansNoCodeAndNoFilter() throws {
        // Given a vacancy that lists no specialty
        let (catalogue, vacancy) = try Self.catalogue(specialties: "")
        #expect(vacancy.specialtyIDs.isEmpty)
        // Then it is scored on skills alone
        let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year)
        #expect(matcher.interestCode(of: vacancy).isEmpty)
        // and its places count towards no specialty's demand
        let demand = DemandIndex(catalogue: catalogue)
        let counted = catalogue.specialties.reduce(0) { $0 + demand.counts($1.id, region: "karaganda").places }
        let listed = catalogue.vacancies.filter { $0.regionID == "karaganda" }.reduce(0) { $0 + $1.headcount * $1.specialtyIDs.count }
        #expect(counted == listed)
        // and adults of every specialty (or none) who have the skill are matched with it: the list is no filter
        let students = catalogue.specialties.map(\.id).map(Optional.some) + [nil]
        let cohort = students.enumerated().map { index, specialty in
            Student(id: "s-\(index)", stage: .graduate, regionID: "karaganda", settlement: .urban, relocation: .none,
                    birthYear: Self.year - 25, guardianConsent: nil, specialtyID: specialty, collegeID: nil, grades: [:],
                    interests: InterestScores([.realistic: 0.5, .investigative: 0.5, .artistic: 0.5, .social: 0.5, .enterprising: 0.5, .conventional: 0.5]),
                    skills: [StudentSkill(skillID: "tyre-building", level: 2, evidence: .certificate)],
                    languages: [.ru], schoolLanguage: .ru, sex: nil)
        }
        let index = try #require(catalogue.vacancies.firstIndex { $0.id == vacancy.id })
        let matches = try matcher.match(cohort, studentK: catalogue.vacancies.count, vacancyK: cohort.count)
        #expect(Set(matches.bestStudents[index].map(\.index)) == Set(cohort.indices))
        #expect(matches.bestStudents[index].allSatisfy { abs($0.score - 1) < 1e-6 })
    }
}
