import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("Batch matching and allocation on the fixture: the rules hold for everyone")
struct BatchMatchTests {
    static let year = Fixtures.referenceYear

    /// The fixture catalogue with 1,500 generated students, plus hand-made ones who test the rules.
    static func cohort() throws -> (Catalogue, [Student]) {
        let database = try Fixtures.database(students: 1500, seed: 21)
        let catalogue = try database.catalogue()
        func student(_ id: String, birth: Int, stage: Stage, region: String, relocation: Relocation, skills: [(String, Int)]) -> Student {
            Student(id: id, stage: stage, regionID: region, settlement: .urban, relocation: relocation, birthYear: birth,
                    guardianConsent: true, specialtyID: nil, collegeID: nil, grades: [:],
                    interests: InterestScores([.realistic: 1, .investigative: 1, .conventional: 1, .social: 1, .enterprising: 1, .artistic: 1]),
                    skills: skills.map { StudentSkill(skillID: $0.0, level: $0.1, evidence: .certificate) },
                    languages: [.ru], schoolLanguage: .ru, sex: nil)
        }
        let special = [
            // A perfect miner but 16: never placed underground.
            student("a-young-miner", birth: year - 16, stage: .college(course: 3), region: "aktobe", relocation: .country,
                    skills: [("underground-drilling", 5), ("occupational-safety", 5)]),
            // A perfect welder in Karaganda who will not move: never placed outside Karaganda.
            student("a-stay-home-welder", birth: year - 22, stage: .graduate, region: "karaganda", relocation: .none,
                    skills: [("mma-welding", 5), ("blueprint-reading", 5), ("occupational-safety", 5), ("underground-drilling", 5)]),
            // Everything but the must-have welding skill.
            student("a-no-welding", birth: year - 22, stage: .graduate, region: "karaganda", relocation: .country,
                    skills: [("blueprint-reading", 5), ("occupational-safety", 5)]),
        ]
        return (catalogue, try Fixtures.database(students: 1500, seed: 21).students() + special)
    }

    @Test(arguments: BatchMatch.Method.allCases)
    func noIneligiblePairIsShortlistedOrPlaced(method: BatchMatch.Method) throws {
        let (catalogue, students) = try Self.cohort()
        let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: Self.year, method: method, shortlistLength: 50)
        let eligibility = Eligibility(referenceYear: Self.year)
        for (vacancy, list) in batch.matches.bestStudents.enumerated() {
            for entry in list { #expect(eligibility.reasons(students[entry.index], batch.vacancies[vacancy]).isEmpty) }
        }
        for (student, place) in batch.allocation.placeOf.enumerated() {
            guard let place else { continue }
            #expect(eligibility.reasons(students[student], batch.vacancies[place]).isEmpty)
        }
        // Capacities respected.
        for (place, held) in batch.allocation.studentsAt.enumerated() { #expect(held.count <= batch.vacancies[place].headcount) }
    }

    @Test func theRulesHoldForTheHandMadeStudents() throws {
        let (catalogue, students) = try Self.cohort()
        let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: Self.year, shortlistLength: 2000)
        let index = { (id: String) in students.firstIndex { $0.id == id }! }
        let vacancy = { (id: String) in batch.vacancies.firstIndex { $0.id == id }! }
        // The 16-year-old is never on the underground miner's shortlist nor placed there.
        #expect(!batch.matches.bestStudents[vacancy("khromtau-miner")].contains { $0.index == index("a-young-miner") })
        #expect(batch.allocation.placeOf[index("a-young-miner")].map { batch.vacancies[$0].minimumAge <= 16 } ?? true)
        // The welder who stays home is placed, and in Karaganda.
        let welderPlace = try #require(batch.allocation.placeOf[index("a-stay-home-welder")])
        #expect(batch.vacancies[welderPlace].regionID == "karaganda")
        // Without the must-have welding skill, never shortlisted for the welder's job, however good otherwise.
        #expect(!batch.matches.bestStudents[vacancy("saran-welder")].contains { $0.index == index("a-no-welding") })
        #expect(batch.allocation.placeOf[index("a-no-welding")] != vacancy("saran-welder"))
    }

    @Test func stableHasNoBlockingPairAndOptimalFitsAtLeastAsWell() throws {
        let (catalogue, students) = try Self.cohort()
        let stable = try BatchMatch(catalogue: catalogue, students: students, referenceYear: Self.year, method: .stable)
        let optimal = try BatchMatch(catalogue: catalogue, students: students, referenceYear: Self.year, method: .optimal)
        #expect(stable.allocation.blockingPairs(in: stable.problem).isEmpty)
        #expect(optimal.allocation.totalFit >= stable.allocation.totalFit - 1e-9)
        #expect(stable.allocation.placedCount > 0)
    }
}
