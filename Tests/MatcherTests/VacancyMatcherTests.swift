import Foundation
import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("Vacancy matching through the real model: BLAS scores, top-k both ways, eligibility")
struct VacancyMatcherTests {
    static let year = Fixtures.referenceYear

    /// A catalogue with random vacancies over the fixture's skills and regions, and random students.
    static func world(seed: UInt64, students: Int, vacancies: Int) throws -> (Catalogue, [Student]) {
        var catalogue = try Fixtures.database().catalogue()
        var random = SplitMix64(seed: seed)
        let skills = catalogue.taxonomy.skills.map(\.id)
        catalogue.vacancies = (0..<vacancies).map { index in
            let picked = Array(Set((0..<(1 + Int(random.unit() * 4))).map { _ in skills[Int(random.unit() * Double(skills.count))] })).sorted()
            return Vacancy(
                id: "v-\(String(index).leftPadded(to: 4))", enterpriseID: "saran-tyres", title: LocalizedText(kk: "т", ru: "т", en: "t"),
                kind: Vacancy.Kind.allCases[Int(random.unit() * 3)], regionID: catalogue.regions[Int(random.unit() * Double(catalogue.regions.count))].id,
                headcount: 1 + Int(random.unit() * 3), minimumAge: random.chance(0.3) ? 18 : 16,
                specialtyIDs: random.chance(0.8) ? [catalogue.specialties[Int(random.unit() * Double(catalogue.specialties.count))].id] : [],
                requirements: picked.map { Requirement(skillID: $0, level: 1 + Int(random.unit() * 4), importance: 1 + Int(random.unit() * 3), mustHave: random.chance(0.15)) })
        }
        let students = Array(IteratorSequence(CohortGenerator(catalogue: catalogue, count: students, seed: seed, referenceYear: year)))
        return (catalogue, students)
    }

    static func code(_ vacancy: Vacancy, _ catalogue: Catalogue) -> [RIASEC] {
        vacancy.specialtyIDs.first.flatMap { id in catalogue.specialties.first { $0.id == id }?.interestCode } ?? []
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func matchesEqualTheBruteForceOracle(seed: UInt64) throws {
        // Given random students and vacancies
        let (catalogue, students) = try Self.world(seed: seed, students: 300, vacancies: 40)
        // When they are matched with small ragged tiles and batches
        let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year,
                                         tiling: TilingOptions(rowTile: 7, columnTile: 5, concurrency: 2), batchSize: 37)
        let k = 4
        let matches = try matcher.match(students, studentK: k, vacancyK: k)
        // Then each list holds eligible pairs whose scores are the oracle's best k scores
        var checked = 0
        for (s, student) in students.enumerated() {
            let expected = catalogue.vacancies.enumerated().filter { ModelOracle.eligible(student, $1, year: Self.year) }
                .map { ($0, ModelOracle.vacancyScore(student, $1, code: Self.code($1, catalogue))) }
            let got = matches.bestVacancies(ofStudent: s)
            #expect(got.count == min(k, expected.count))
            for entry in got {
                let oracle = ModelOracle.vacancyScore(student, catalogue.vacancies[entry.index], code: Self.code(catalogue.vacancies[entry.index], catalogue))
                #expect(abs(Double(entry.score) - oracle) < 1e-4)
                #expect(ModelOracle.eligible(student, catalogue.vacancies[entry.index], year: Self.year))
            }
            // Ties in float may order differently from the double oracle only when scores are equal within tolerance.
            let oracleScores = expected.sorted { $0.1 > $1.1 }.prefix(k).map(\.1)
            #expect(zip(got.map { Double($0.score) }, oracleScores).allSatisfy { abs($0 - $1) < 1e-4 })
            checked += got.count
        }
        for (v, vacancy) in catalogue.vacancies.enumerated() {
            let eligible = students.enumerated().filter { ModelOracle.eligible($1, vacancy, year: Self.year) }
                .map { ($0, ModelOracle.vacancyScore($1, vacancy, code: Self.code(vacancy, catalogue))) }
            let got = matches.bestStudents[v]
            #expect(got.count == min(k, eligible.count))
            let oracleScores = eligible.sorted { $0.1 > $1.1 }.prefix(k).map(\.1)
            #expect(zip(got.map { Double($0.score) }, oracleScores).allSatisfy { abs($0 - $1) < 1e-4 })
            #expect(got.allSatisfy { ModelOracle.eligible(students[$0.index], vacancy, year: Self.year) })
        }
        #expect(checked > 0)
    }

    @Test func resultsAreIdenticalForAnyTilingBatchingAndConcurrency() throws {
        let (catalogue, students) = try Self.world(seed: 11, students: 400, vacancies: 60)
        func run(_ tiling: TilingOptions, batch: Int) throws -> ([[Ranked]], [[Ranked]]) {
            let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year, tiling: tiling, batchSize: batch)
                .match(students, studentK: 5, vacancyK: 5)
            return (students.indices.map { matches.bestVacancies(ofStudent: $0) }, matches.bestStudents)
        }
        let reference = try run(TilingOptions(rowTile: 1024, columnTile: 1024, concurrency: 1), batch: 4096)
        for (tiling, batch) in [(TilingOptions(rowTile: 3, columnTile: 5, concurrency: 2), 17),
                                (TilingOptions(rowTile: 64, columnTile: 7, concurrency: 3), 1000)] {
            let other = try run(tiling, batch: batch)
            #expect(other.0 == reference.0)
            #expect(other.1 == reference.1)
        }
    }

    @Test func tiesAreBrokenByLowerIndex() throws {
        // Identical students score identically; the shortlist takes them in id order.
        let (catalogue, generated) = try Self.world(seed: 5, students: 50, vacancies: 10)
        var twin = generated.first { $0.stage == .graduate }!
        twin.relocation = .country
        let students = (0..<30).map { index -> Student in var s = twin; s.id = "twin-\(String(index).leftPadded(to: 3))"; return s }
        let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year,
                                         tiling: TilingOptions(rowTile: 4, columnTile: 3, concurrency: 2), batchSize: 7)
            .match(students, studentK: 3, vacancyK: 3)
        for list in matches.bestStudents where !list.isEmpty {
            #expect(list.map { $0.index } == [0, 1, 2])
        }
    }

    @Test func regionGroupingSkipsWork() throws {
        let (catalogue, students) = try Self.world(seed: 2, students: 500, vacancies: 80)
        let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year).match(students, studentK: 3, vacancyK: 3)
        #expect(matches.workSaved > 0.3)
    }

    @Test func emptyInputsGiveEmptyResults() throws {
        let (catalogue, students) = try Self.world(seed: 3, students: 10, vacancies: 5)
        let none = try VacancyMatcher(catalogue: catalogue, referenceYear: Self.year).match([Student](), studentK: 3, vacancyK: 3)
        #expect(none.studentCount == 0 && none.bestStudents.allSatisfy(\.isEmpty))
        var empty = catalogue
        empty.vacancies = []
        let noVacancies = try VacancyMatcher(catalogue: empty, referenceYear: Self.year).match(students, studentK: 3, vacancyK: 3)
        #expect(noVacancies.studentCount == 10 && (0..<10).allSatisfy { noVacancies.bestVacancies(ofStudent: $0).isEmpty })
    }
}
