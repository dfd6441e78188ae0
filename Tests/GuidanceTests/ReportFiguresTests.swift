import Foundation
import Testing
import ScoringCore
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher
import TestSupport

@Suite("Report figures: ranges within what is possible, persons counted once, rows ordered by what is shown")
struct ReportFiguresTests {
    static let year = Fixtures.referenceYear

    /// A graduate in Karaganda with no skills of their own (so they lack every requirement), at `college`.
    static func student(_ index: Int, college: String?) -> Student {
        Student(id: "s-\(String(index).leftPadded(to: 3))", stage: .graduate, regionID: "karaganda", settlement: .urban, relocation: .country,
                birthYear: year - 22, guardianConsent: nil, specialtyID: nil, collegeID: college, grades: [:],
                interests: InterestScores([.realistic: 0.5, .investigative: 0.5, .artistic: 0.5, .social: 0.5, .enterprising: 0.5, .conventional: 0.5]),
                skills: [], languages: [.ru], schoolLanguage: .ru, sex: nil)
    }

    /// The fixture catalogue with 20 hand-made students: 3 at karaganda-poly, 5 at khromtau-mining, 12 at
    /// almaty-service. One is placed at the underground miner's job (4 places), one at the welder's (2 places);
    /// the same six are the near candidates of both, and lack occupational safety for both.
    static func handBuilt(poly: Int = 3, mining: Int = 5) throws -> (Catalogue, MatchReport) {
        let catalogue = try Fixtures.database().catalogue()
        let colleges = Array(repeating: "karaganda-poly", count: poly) + Array(repeating: "khromtau-mining", count: mining)
            + Array(repeating: "almaty-service", count: 20 - poly - mining)
        let students = colleges.enumerated().map { student($0, college: $1) }
        let vacancy = { (id: String) in catalogue.vacancies.firstIndex { $0.id == id }! }
        var placements = [Int?](repeating: nil, count: students.count)
        placements[0] = vacancy("khromtau-miner")
        placements[1] = vacancy("saran-welder")
        var near = [[Ranked]](repeating: [], count: catalogue.vacancies.count)
        for id in ["khromtau-miner", "saran-welder"] { near[vacancy(id)] = (10..<16).map { Ranked(index: $0, score: 0.5) } }
        let builder = ReportBuilder(catalogue: catalogue, students: students, bestVacancies: students.map { _ in [] },
                                    placements: placements, nearCandidates: near, referenceYear: year)
        return (catalogue, builder.build(language: .en, title: "t", date: "d"))
    }

    @Test("unfilled places beside 1–9 placed lie within 0 … places, never below 0")
    func unfilledRangesStayWithinPlaces() throws {
        // Given 1 placed at the miner's 4 places and 1 at the welder's 2 (both shown as "<10")
        let (_, report) = try Self.handBuilt()
        let unfilled = Dictionary(uniqueKeysWithValues: report.unfilled.map { ($0.vacancyID, $0.unfilled.range) })
        // Then the unfilled places are what 0–4 and 0–2 placed could leave: 0…3 and 0…1 (not -5…3 and -7…1)
        #expect(unfilled["khromtau-miner"] == 0...3)
        #expect(unfilled["saran-welder"] == 0...1)
        #expect(unfilled["saran-tyre-dual"] == 3...3 && unfilled["almaty-receptionist"] == 2...2)
        // and a training need adds them up: occupational safety is lacking at both
        let safety = try #require(report.trainingNeeds.first { $0.skillID == "occupational-safety" })
        #expect(safety.vacancies == 2 && safety.places.range == 0...4 && safety.places.description == "0…4")
    }

    @Test("every range of a generated report lies within 0 … places, and persons lacking a skill are counted once",
          arguments: [40, 300] as [Int])
    func everyRangeOfAGeneratedReportIsPossible(students count: Int) throws {
        // Given a generated cohort on the fixture catalogue, matched, allocated and reported
        let database = try Fixtures.database(students: count, seed: UInt64(count) + 7)
        let catalogue = try database.catalogue(), students = try database.students()
        let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: Self.year)
        let builder = try ReportBuilder(batch: batch, catalogue: catalogue, students: students, referenceYear: Self.year)
        let report = builder.build(language: .en, title: "t", date: "d")

        // Then each unfilled figure lies within 0 … places and holds the true value
        let unfilledPlaces = report.unfilled.reduce(0) { $0 + $1.places }
        for row in report.unfilled {
            #expect(row.unfilled.range.lowerBound >= 0 && row.unfilled.range.upperBound <= row.places, "\(row.vacancyID): \(row.unfilled)")
            let index = try #require(catalogue.vacancies.firstIndex { $0.id == row.vacancyID })
            #expect(row.unfilled.range.contains(row.places - batch.allocation.studentsAt[index].count))
        }
        // and each training need's places within 0 … the unfilled vacancies' places
        for row in report.trainingNeeds {
            #expect(row.places.range.lowerBound >= 0 && row.places.range.upperBound <= unfilledPlaces, "\(row.skillID): \(row.places)")
        }
        // and its candidates lacking it are distinct persons: the oracle counts them as a set
        var lacking: [String: Set<Int>] = [:]
        for row in report.unfilled {
            let index = catalogue.vacancies.firstIndex { $0.id == row.vacancyID }!
            for candidate in builder.nearCandidates[index] {
                let held = Dictionary(uniqueKeysWithValues: students[candidate.index].effectiveSkills.map { ($0.skillID, $0.level) })
                for requirement in catalogue.vacancies[index].requirements where (held[requirement.skillID] ?? 0) < requirement.level {
                    lacking[requirement.skillID, default: []].insert(candidate.index)
                }
            }
        }
        for row in report.trainingNeeds { #expect(row.candidatesLacking.value == lacking[row.skillID]?.count, "\(row.skillID)") }
        #expect(Set(report.trainingNeeds.map(\.skillID)) == Set(lacking.keys))
    }

    @Test("a training need counts the persons lacking the skill, not (vacancy, person) pairs")
    func candidatesLackingASkillAreCountedOnce() throws {
        // Given the same six near candidates at two vacancies, all lacking occupational safety
        let (_, report) = try Self.handBuilt()
        let safety = try #require(report.trainingNeeds.first { $0.skillID == "occupational-safety" })
        // Then six persons lack it (not 12)
        #expect(safety.candidatesLacking.value == 6 && safety.candidatesLacking.description == "<10")
    }

    @Test("rows whose counts show as <10 are ordered by id, not by the hidden counts")
    func suppressedRowsAreOrderedByWhatIsShown() throws {
        // Given colleges with 12, 5 and 3 students
        let (_, report) = try Self.handBuilt()
        // Then 12 comes first and the two "<10" follow in id order (not 5 before 3)
        #expect(report.colleges.map(\.collegeID) == ["almaty-service", "karaganda-poly", "khromtau-mining"])
        #expect(report.colleges.map(\.students.description) == ["12", "<10", "<10"])
        // and the order key treats every suppressed count alike, between 0 and 10
        #expect(PersonCount(3).shownOrder == PersonCount(9).shownOrder)
        #expect(PersonCount(0).shownOrder < PersonCount(1).shownOrder && PersonCount(9).shownOrder < PersonCount(10).shownOrder)
        // and no table gives the hidden counts away: swapping them leaves every file of the report the same
        let (_, swapped) = try Self.handBuilt(poly: 5, mining: 3)
        #expect(try JSONReportWriter().data(for: swapped) == JSONReportWriter().data(for: report))
        #expect(HTMLReportRenderer().render(swapped) == HTMLReportRenderer().render(report))
    }
}
