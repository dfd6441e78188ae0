import Foundation
import ScoringCore
import Testing
import Profiles
@testable import Matcher
import TestSupport

/// Blocks by eligibility, gathered columns and must-haves checked per candidate change how much is
/// multiplied, never a bit of the result: it equals an exact brute force over every pair, with the
/// one definition of eligibility (`Eligibility.reasons`) deciding each pair.
@Suite("Matching in eligibility blocks equals the exact brute force")
struct BlockedMatchingTests {
    static let year = VacancyMatcherTests.year

    /// Every pair scored exactly (whole-number dot products in double, scaled once in float, as the
    /// scoring core does), eligible pairs ranked by score then index.
    static func bruteForce(_ catalogue: Catalogue, _ students: [Student], studentK: Int, vacancyK: Int) -> (students: [[Ranked]], vacancies: [[Ranked]]) {
        let space = SkillSpace(catalogue: catalogue, vacancies: catalogue.vacancies, specialties: [])
        let rules = Eligibility(referenceYear: year)
        func vector(_ write: (UnsafeMutableBufferPointer<Float>) -> Void) -> [Float] {
            var row = [Float](repeating: 0, count: space.vacancyWidth)
            row.withUnsafeMutableBufferPointer { write($0) }
            return row
        }
        var scales: [Float] = []
        let items = catalogue.vacancies.map { vacancy in
            vector { scales.append(space.writeVacancyItem(vacancy, interestCode: VacancyMatcherTests.code(vacancy, catalogue), into: $0)) }
        }
        let queries = students.map { student in vector { space.writeVacancyQuery(student, into: $0) } }
        var byStudent = [[Ranked]](repeating: [], count: students.count)
        var byVacancy = [[Ranked]](repeating: [], count: items.count)
        for (s, student) in students.enumerated() {
            for (v, vacancy) in catalogue.vacancies.enumerated() where rules.reasons(student, vacancy).isEmpty {
                let dot = zip(queries[s], items[v]).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
                let entry = Float(dot) * scales[v]
                byStudent[s].append(Ranked(index: v, score: entry))
                byVacancy[v].append(Ranked(index: s, score: entry))
            }
        }
        func best(_ list: [Ranked], _ k: Int) -> [Ranked] { Array(list.sorted(by: Ranked.isBetter).prefix(k)) }
        return (byStudent.map { best($0, studentK) }, byVacancy.map { best($0, vacancyK) })
    }

    static func bits(_ lists: [[Ranked]]) -> [[UInt64]] { ModelInvarianceTests.bits(lists) }

    @Test("both directions bit for bit, every tiling, worker count and batch", arguments: [4, 9, 31] as [UInt64])
    func equalsTheBruteForce(seed: UInt64) throws {
        // Given random vacancies (kinds, ages 16/18, must-haves) and a generated cohort with twins
        let (catalogue, generated) = try VacancyMatcherTests.world(seed: seed, students: 260, vacancies: 90)
        let students = ModelInvarianceTests.withTwins(generated)
        let expected = Self.bruteForce(catalogue, students, studentK: 5, vacancyK: 7)
        #expect(expected.vacancies.filter { $0.count == 7 }.count > 10)
        for cut in ModelInvarianceTests.Cut.all(tiles: [(1024, 1024), (3, 5), (16, 7)], workers: [1, 2], batches: [4096, 19]) {
            // When matched in blocks with this cut
            let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year, tiling: cut.tiling, batchSize: cut.batch)
                .match(students, studentK: 5, vacancyK: 7)
            // Then every list is the brute force's, bit for bit
            #expect(Self.bits(students.indices.map { matches.bestVacancies(ofStudent: $0) }) == Self.bits(expected.students), "\(cut)")
            #expect(Self.bits(matches.bestStudents) == Self.bits(expected.vacancies), "\(cut)")
        }
    }

    @Test("the benchmark's shapes: generated vacancies on the shipped catalogue, bit for bit")
    func equalsTheBruteForceOnTheShippedCatalogue() throws {
        // Given the shipped catalogue with 400 generated vacancies and 700 generated students
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Self.year).build(into: database)
        var catalogue = try database.catalogue()
        catalogue.vacancies = Array(IteratorSequence(VacancyGenerator(catalogue: catalogue, count: 400, seed: 3)))
        let students = Array(IteratorSequence(CohortGenerator(catalogue: catalogue, count: 700, seed: 3, referenceYear: Self.year)))
        let expected = Self.bruteForce(catalogue, students, studentK: 10, vacancyK: 10)
        #expect(expected.students.filter { !$0.isEmpty }.count > 100)
        // When matched in blocks, then the lists are the brute force's
        for tiling in [TilingOptions(), TilingOptions(rowTile: 64, columnTile: 48, concurrency: 2)] {
            let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year, tiling: tiling, batchSize: 250)
                .match(students, studentK: 10, vacancyK: 10)
            #expect(Self.bits(students.indices.map { matches.bestVacancies(ofStudent: $0) }) == Self.bits(expected.students))
            #expect(Self.bits(matches.bestStudents) == Self.bits(expected.vacancies))
        }
    }

    @Test("blocks multiply less than region grouping alone, and a block nobody may enter nothing")
    func blocksSkipIneligibleWork() throws {
        // Given a cohort and random vacancies
        let (catalogue, students) = try VacancyMatcherTests.world(seed: 6, students: 400, vacancies: 120)
        let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year)
        let matches = try matcher.match(students, studentK: 3, vacancyK: 3)
        // Then fewer multiply-adds than the region rule alone would leave at the score width
        let regionOnly = students.reduce(0) { sum, student in
            sum + catalogue.vacancies.filter { Eligibility.onlyRegion(of: student) == nil || $0.regionID == student.regionID }.count
        } * matcher.space.vacancyWidth
        #expect(matches.work.multiplyAdds > 0)
        #expect(matches.work.multiplyAdds < regionOnly / 2)

        // Given only minors without consent, who may be matched with no employer
        let hidden = students.map { student -> Student in
            var copy = student
            copy.birthYear = Self.year - 15
            copy.guardianConsent = false
            return copy
        }
        let none = try matcher.match(hidden, studentK: 3, vacancyK: 3)
        // Then nothing is multiplied and nothing matched
        #expect(none.work.multiplyAdds == 0)
        #expect(none.bestStudents.allSatisfy { $0.isEmpty })
        #expect(hidden.indices.allSatisfy { none.bestVacancies(ofStudent: $0).isEmpty })
    }
}
