import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("The worked example in Docs/Scoring.md")
struct ScoringWorkedExampleTests {
    static let welder = Student(
        id: "st-example", stage: .college(course: 3), regionID: "karaganda", settlement: .urban, relocation: .none,
        birthYear: 2005, guardianConsent: nil, specialtyID: "07150500", collegeID: "karaganda-poly",
        grades: ["math": 4, "physics": 4], interests: InterestScores([.realistic: 0.9, .conventional: 0.5]),
        skills: [StudentSkill(skillID: "mma-welding", level: 3, evidence: .certificate),
                 StudentSkill(skillID: "blueprint-reading", level: 2, evidence: .course),
                 StudentSkill(skillID: "occupational-safety", level: 2, evidence: .selfReported)],
        languages: [.kk, .ru], schoolLanguage: .kk, sex: nil)

    @Test func matrixScoreAndExplanationMatchTheDocument() throws {
        let catalogue = try Fixtures.database().catalogue()
        let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: 2026).match([Self.welder], studentK: 5, vacancyK: 5)
        let best = try #require(matches.bestVacancies(ofStudent: 0).first)
        #expect(catalogue.vacancies[best.index].id == "saran-welder")
        #expect(abs(Double(best.score) - 0.891529) < 1e-6)

        let explanation = Explainer(referenceYear: 2026).explain(Self.welder, catalogue.vacancies[best.index], interestCode: [.realistic, .conventional])
        #expect(abs(explanation.score - 0.891529) < 1e-6)
        #expect(explanation.parts.map(\.name) == ["skills", "interests"])
        #expect(abs(explanation.parts[0].value - 15.8 / 17) < 1e-9)
        #expect(abs(explanation.parts[1].value - 0.74) < 1e-9)
        let contributions = Dictionary(uniqueKeysWithValues: explanation.skills.map { ($0.skillID, $0.contribution) })
        #expect(abs(contributions["mma-welding"]! - 0.8 * 9.0 / 17) < 1e-9)
        #expect(abs(contributions["blueprint-reading"]! - 0.8 * 3.6 / 17) < 1e-9)
        #expect(abs(contributions["occupational-safety"]! - 0.8 * 3.2 / 17) < 1e-9)
        #expect(explanation.gaps.isEmpty && explanation.matched.count == 3)
    }
}
