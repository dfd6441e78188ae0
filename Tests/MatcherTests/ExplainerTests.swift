import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("Explanations add up to the score")
struct ExplainerTests {
    @Test(arguments: [4, 8] as [UInt64])
    func partsSumToTheMatrixScore(seed: UInt64) throws {
        let (catalogue, students) = try VacancyMatcherTests.world(seed: seed, students: 200, vacancies: 30)
        let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: Fixtures.referenceYear).match(students, studentK: 5, vacancyK: 0)
        let explainer = Explainer(referenceYear: Fixtures.referenceYear)
        var checked = 0
        for (index, student) in students.enumerated() {
            for entry in matches.bestVacancies(ofStudent: index) {
                let vacancy = catalogue.vacancies[entry.index]
                let explanation = explainer.explain(student, vacancy, interestCode: VacancyMatcherTests.code(vacancy, catalogue))
                let parts = explanation.parts.reduce(0) { $0 + $1.contribution }
                let skills = explanation.skills.reduce(0) { $0 + $1.contribution } + explanation.parts.filter { $0.name != "skills" }.reduce(0) { $0 + $1.contribution }
                #expect(abs(parts - Double(entry.score)) < 1e-5)
                #expect(abs(skills - Double(entry.score)) < 1e-5)
                #expect(explanation.ineligibility.isEmpty)
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func namesTheReasonsAPairIsIneligible() throws {
        let catalogue = try Fixtures.database().catalogue()
        let miner = catalogue.vacancies.first { $0.id == "khromtau-miner" }!
        let student = Student(
            id: "st-x", stage: .school(grade: 10), regionID: "karaganda", settlement: .urban, relocation: .none,
            birthYear: 2010, guardianConsent: false, specialtyID: nil, collegeID: nil, grades: [:],
            interests: InterestScores([:]), skills: [StudentSkill(skillID: "underground-drilling", level: 1, evidence: .course)],
            languages: [.kk], schoolLanguage: .kk, sex: nil)
        let reasons = Explainer(referenceYear: 2026).explain(student, miner, interestCode: [.realistic]).ineligibility
        #expect(reasons.map(\.category.rawValue) == ["region", "age", "stage", "consent", "must-have", "must-have"])
        #expect(reasons.contains(.mustHave(skillID: "underground-drilling", required: 3, has: 1)))
    }
}
