import Foundation
import ScoringCore
import Testing
import Profiles
@testable import Matcher
import TestSupport

/// How the work is cut changes which code runs — how many workers share the row tiles, where tiles end
/// (ragged edges included), where batches end and whose lists are merged — but never a bit of the results:
/// the model's features are small whole numbers whose dot products float sums exactly (Docs/Scoring.md).
@Suite("The real model gives the same bits for any workers, tiles and batches")
struct ModelInvarianceTests {
    /// One way to cut the work.
    struct Cut: Sendable, CustomStringConvertible {
        var rowTile: Int, columnTile: Int, workers: Int, batch: Int

        var tiling: TilingOptions { TilingOptions(rowTile: rowTile, columnTile: columnTile, concurrency: workers) }
        var description: String { "\(rowTile)×\(columnTile) tiles, \(workers) workers, batches of \(batch)" }

        /// Every combination of the tile sizes, worker counts and batch sizes given.
        static func all(tiles: [(Int, Int)], workers: [Int], batches: [Int]) -> [Cut] {
            tiles.flatMap { tile in
                workers.flatMap { count in batches.map { Cut(rowTile: tile.0, columnTile: tile.1, workers: count, batch: $0) } }
            }
        }
    }

    /// Ranked lists compared bit for bit.
    static func bits(_ lists: [[Ranked]]) -> [[UInt64]] {
        lists.map { $0.map { UInt64(UInt32(truncatingIfNeeded: $0.index)) << 32 | UInt64($0.score.bitPattern) } }
    }

    /// Random students with a twin after every fifth (same profile, the next id), so that exact ties cross
    /// batch, row tile and worker boundaries and their order is decided by index alone.
    static func withTwins(_ students: [Student]) -> [Student] {
        students.enumerated().flatMap { index, student -> [Student] in
            guard index % 5 == 0 else { return [student] }
            var twin = student
            twin.id += "-twin"
            return [student, twin]
        }
    }

    @Test("vacancy matching: both directions identical for every cut")
    func vacancyMatchesAreIdenticalForEveryCut() throws {
        // Given 1,100 vacancies over four regions (so the "anywhere" group is wider than a 1,000-item tile)
        // and 240 students with twins
        let (catalogue, generated) = try VacancyMatcherTests.world(seed: 21, students: 200, vacancies: 1100)
        let students = Self.withTwins(generated)
        #expect(students.map(\.id) == students.map(\.id).sorted())
        func match(_ cut: Cut) throws -> (students: [[UInt64]], vacancies: [[UInt64]]) {
            let matches = try VacancyMatcher(catalogue: catalogue, referenceYear: VacancyMatcherTests.year,
                                             tiling: cut.tiling, batchSize: cut.batch)
                .match(students, studentK: 4, vacancyK: 6)
            return (Self.bits(students.indices.map { matches.bestVacancies(ofStudent: $0) }), Self.bits(matches.bestStudents))
        }
        let reference = try match(Cut(rowTile: 1024, columnTile: 1024, workers: 1, batch: 4096))
        #expect(reference.vacancies.filter { $0.count == 6 }.count > 100)

        // When the work is cut every other way, then the lists are the same bits
        for cut in Cut.all(tiles: [(1024, 1024), (3, 5), (17, 1000), (64, 7)], workers: [1, 2, 3], batches: [4096, 50, 17]) {
            let other = try match(cut)
            #expect(other.students == reference.students, "\(cut)")
            #expect(other.vacancies == reference.vacancies, "\(cut)")
        }
    }

    @Test("specialty recommendations identical for every cut")
    func recommendationsAreIdenticalForEveryCut() throws {
        // Given 300 generated students and the fixture's five specialties
        let database = try Fixtures.database(students: 300, seed: 8)
        let catalogue = try database.catalogue()
        let students = try database.students()
        func recommend(_ cut: Cut) throws -> [[UInt64]] {
            Self.bits(try SpecialtyRecommender(catalogue: catalogue, tiling: cut.tiling, batchSize: cut.batch)
                .recommend(students, k: 3).map { $0.withinReach + $0.outOfReach })
        }
        let reference = try recommend(Cut(rowTile: 1024, columnTile: 1024, workers: 1, batch: 8192))
        #expect(reference.filter { !$0.isEmpty }.count > 100)

        // When the work is cut every other way (two-item tiles leave a ragged one of the five), then the lists are the same bits
        for cut in Cut.all(tiles: [(1024, 1024), (3, 5), (3, 2), (17, 1000), (64, 1)], workers: [1, 2, 3], batches: [8192, 41, 1]) {
            #expect(try recommend(cut) == reference, "\(cut)")
        }
    }
}
