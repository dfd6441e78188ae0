import ScoringCore
import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("The optional sex field is used in audits only")
struct SexIsNotScoredTests {
    @Test func changingSexChangesNoScoreNoRankingAndNoAllocation() throws {
        let database = try Fixtures.database(students: 800, seed: 17)
        let catalogue = try database.catalogue()
        let students = try database.students()
        var flipped = students
        for index in flipped.indices {
            flipped[index].sex = switch students[index].sex {
            case .female: .male
            case .male: nil
            case nil: .female
            }
        }
        #expect(zip(students, flipped).allSatisfy { $0.sex != $1.sex })

        let original = try BatchMatch(catalogue: catalogue, students: students, referenceYear: 2026)
        let changed = try BatchMatch(catalogue: catalogue, students: flipped, referenceYear: 2026)
        for index in students.indices {
            #expect(original.matches.bestVacancies(ofStudent: index) == changed.matches.bestVacancies(ofStudent: index))
        }
        #expect(original.matches.bestStudents == changed.matches.bestStudents)
        #expect(original.allocation == changed.allocation)

        let recommender = try SpecialtyRecommender(catalogue: catalogue)
        #expect(try recommender.recommend(students, k: 5) == recommender.recommend(flipped, k: 5))
    }
}
