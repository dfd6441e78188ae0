import Foundation
import Testing
import Profiles
@testable import Matcher
import ScoringCore
import TestSupport

/// Issue 11's "must show" on the shipped data with the default generated cohort (what `match-cli init`
/// builds): no pupil who will not move is advised first a specialty taught out of reach, and how much of
/// each region's grade-9 cohort gets the same first specialty.
@Suite("Advice spread on the shipped data")
struct AdviceSpreadTests {
    @Test func firstSpecialtiesAreWithinReachAndSpread() throws {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, referenceYear: Fixtures.referenceYear).build(into: database)
        let catalogue = try database.catalogue()
        let pupils = try database.students().filter { $0.stage == .school(grade: 9) }
        let recommender = try SpecialtyRecommender(catalogue: catalogue)
        let rankings = try recommender.recommend(pupils, k: 1)
        var outOfReachFirsts = 0, stayingHome = 0
        var firsts: [String: [String: Int]] = [:]
        var withFirst: [String: Int] = [:]
        for (pupil, ranking) in zip(pupils, rankings) {
            let mask = recommender.reach.specialtyMask(SpecialtyReach.Scope(of: pupil))
            if pupil.relocation == .none {
                stayingHome += 1
                if let first = ranking.withinReach.first, !mask[first.index] { outOfReachFirsts += 1 }
            }
            guard let first = ranking.withinReach.first else { continue }
            firsts[pupil.regionID, default: [:]][catalogue.specialties[first.index].id, default: 0] += 1
            withFirst[pupil.regionID, default: 0] += 1
        }
        print("advice spread: \(pupils.count) grade-9 pupils, \(stayingHome) will not move, \(outOfReachFirsts) of them first advised a specialty out of reach")
        print("| region | grade-9 pupils | distinct first specialties | most frequent first | its share |")
        for region in catalogue.regions.map(\.id) where withFirst[region] != nil {
            let counts = firsts[region]!
            let top = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!
            print("| \(region) | \(withFirst[region]!) | \(counts.count) | \(top.key) | \(String(format: "%.2f", Double(top.value) / Double(withFirst[region]!))) |")
        }
        #expect(outOfReachFirsts == 0)
    }

    /// The distribution the specialty bands were calibrated on (Docs/Scoring.md): every pupil's first
    /// and third specialty within reach, over all grades of the default cohort.
    @Test func calibrationDistribution() throws {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, referenceYear: Fixtures.referenceYear).build(into: database)
        let catalogue = try database.catalogue()
        let pupils = try database.students().filter(\.stage.isSchool)
        let rankings = try SpecialtyRecommender(catalogue: catalogue).recommend(pupils, k: 3)
        let firsts = rankings.compactMap { $0.withinReach.first.map { Double($0.score) } }.sorted()
        let thirds = rankings.compactMap { $0.withinReach.dropFirst(2).first.map { Double($0.score) } }.sorted()
        func quantile(_ values: [Double], _ q: Double) -> String { String(format: "%.3f", values[min(values.count - 1, Int(q * Double(values.count)))]) }
        print("calibration: \(pupils.count) pupils; quantiles 0.1 0.25 0.5 0.75 0.9")
        print("| first | " + [0.1, 0.25, 0.5, 0.75, 0.9].map { quantile(firsts, $0) }.joined(separator: " | ") + " |")
        print("| third | " + [0.1, 0.25, 0.5, 0.75, 0.9].map { quantile(thirds, $0) }.joined(separator: " | ") + " |")
        for band in FitBand.allCases {
            print("band \(band): first \(firsts.filter { FitBand(specialtyScore: $0) == band }.count), third \(thirds.filter { FitBand(specialtyScore: $0) == band }.count)")
        }
        #expect(firsts.count > pupils.count / 2)
    }
}
