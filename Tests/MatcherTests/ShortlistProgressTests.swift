import Testing
import Profiles
@testable import Matcher
import ScoringCore

@Suite("Shortlists tell how many students they have scored")
struct ShortlistProgressTests {
    @Test func eachBatchMovesTheCountToTheLastStudent() throws {
        // Given 250 students and batches of 41
        let (catalogue, students) = try VacancyMatcherTests.world(seed: 7, students: 250, vacancies: 6)
        let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: VacancyMatcherTests.year,
                                         tiling: TilingOptions(rowTile: 7, columnTile: 4, concurrency: 2), batchSize: 41)
        // When the shortlists are made
        var told: [Int] = []
        let (best, _) = try matcher.shortlists(students, k: 5) { told.append($0) }
        // Then the count rises a batch at a time to every student, and the lists are those made without it
        #expect(told == Array(stride(from: 41, to: 250, by: 41)) + [250])
        #expect(try matcher.shortlists(students, k: 5).best == best)
    }
}
