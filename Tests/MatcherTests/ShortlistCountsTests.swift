import Foundation
import Testing
import Profiles
@testable import Matcher
import ScoringCore
import TestSupport

@Suite("Shortlists with exclusion counts from the ranking pass")
struct ShortlistCountsTests {
    @Test(arguments: [4, 5, 6] as [UInt64])
    func countsAndListsEqualTheScalarRules(seed: UInt64) throws {
        // Given random students and vacancies
        let (catalogue, students) = try VacancyMatcherTests.world(seed: seed, students: 250, vacancies: 9)
        let year = VacancyMatcherTests.year
        // When every vacancy's shortlist is made with small ragged tiles, batches and two workers
        let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: year,
                                         tiling: TilingOptions(rowTile: 7, columnTile: 4, concurrency: 2), batchSize: 41)
        let (best, counts) = try matcher.shortlists(students, k: 5)
        let rules = Eligibility(referenceYear: year)
        for (v, vacancy) in catalogue.vacancies.enumerated() {
            // Then the counts are those of the scalar reasons, student by student
            var expected: [Eligibility.Reason.Category: Int] = [:]
            var eligible = 0
            for student in students {
                let categories = Set(rules.reasons(student, vacancy).map(\.category))
                if categories.isEmpty { eligible += 1 }
                for category in categories { expected[category, default: 0] += 1 }
            }
            #expect(counts[v].students == students.count)
            #expect(counts[v].eligible == eligible)
            #expect(counts[v].excluded == expected)
            // And the shortlist equals the region-grouped batch's best students
            let grouped = try matcher.match(students, studentK: 0, vacancyK: 5).bestStudents[v]
            #expect(best[v] == grouped)
            #expect(best[v].allSatisfy { ModelOracle.eligible(students[$0.index], vacancy, year: year) })
        }
    }

    @Test func theScalarReasonsAgreeWithTheOracle() throws {
        // Given random students and vacancies
        let (catalogue, students) = try VacancyMatcherTests.world(seed: 9, students: 200, vacancies: 20)
        let rules = Eligibility(referenceYear: VacancyMatcherTests.year)
        // Then a pair has no reason exactly when the independent oracle calls it eligible
        for student in students {
            for vacancy in catalogue.vacancies {
                #expect(rules.reasons(student, vacancy).isEmpty == ModelOracle.eligible(student, vacancy, year: VacancyMatcherTests.year))
            }
        }
    }
}

@Suite("Whole-number model weights")
struct ScoringWeightsScaleTests {
    @Test func theModelsMultipliersComeFromTheWeights() {
        // Then the vacancy model is 0.8 × S/(10D) + 0.2 × I/1000 through by 5000·D
        #expect(SkillSpace.vacancyModel.scale == 5000)
        #expect(SkillSpace.vacancyModel.skills == 400)
        #expect(SkillSpace.vacancyModel.interests == 1)
        // And the specialty model's multipliers turn each weight into a whole number
        let model = SkillSpace.specialtyModel
        #expect(model.scale == 4000)
        #expect([model.skills, model.interests, model.constant, model.aptitude] == [60, 7, 700, 20] as [Int])
    }

    @Test func theScaleIsTheSmallestThatMakesEveryPartWhole() {
        #expect(ScoringWeights.wholeScale([(0.5, 1)]) == 2)
        #expect(ScoringWeights.wholeScale([(0.3, 10), (0.7, 100)]) == 1000)
        #expect(ScoringWeights.wholeScale([(1, 7)]) == 7)
    }
}
