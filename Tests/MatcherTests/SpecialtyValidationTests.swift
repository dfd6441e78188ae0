import Foundation
import Testing
import Profiles
@testable import Matcher
import ScoringCore
import TestSupport

/// The validation set of issue 11: 62 hand-written pupils with a counsellor's expected specialties.
@Suite("Specialty advice against a counsellor's expectations")
struct SpecialtyValidationTests {
    @Test("at least 90% of the pupils find an expected specialty in their top 3")
    func fixturePassRate() throws {
        let fixture = try PupilFixture()
        #expect(fixture.pupils.count >= 40)
        let recommender = try SpecialtyRecommender(catalogue: fixture.catalogue)
        let rankings = try recommender.recommend(fixture.pupils, k: 3)
        var top3: [String: [String]] = [:]
        for (pupil, ranking) in zip(fixture.pupils, rankings) {
            top3[pupil.id] = ranking.withinReach.map { fixture.catalogue.specialties[$0.index].id }
        }
        let (rate, failed) = fixture.passRate(top3: top3)
        print("validation: \(fixture.pupils.count - failed.count) of \(fixture.pupils.count) pupils (\(String(format: "%.1f", rate * 100))%) have an expected specialty in their top 3")
        let firsts = rankings.compactMap { $0.withinReach.first.map { Double($0.score) } }.sorted()
        print("validation first scores: median \(firsts[firsts.count / 2]), bands " + FitBand.allCases.map { band in
            "\(band) \(firsts.filter { FitBand(specialtyScore: $0) == band }.count)" }.joined(separator: ", "))
        for id in failed { print("  \(id): top 3 \(top3[id] ?? []), expected \(fixture.expected[id] ?? [])") }
        #expect(rate >= 0.9, "failed: \(failed)")
    }

    @Test("no pupil who will not move is advised first a specialty taught out of reach")
    func firstChoiceIsWithinReach() throws {
        let fixture = try PupilFixture()
        let recommender = try SpecialtyRecommender(catalogue: fixture.catalogue)
        for (pupil, ranking) in zip(fixture.pupils, try recommender.recommend(fixture.pupils, k: 1)) {
            let scope = SpecialtyReach.Scope(of: pupil)
            let mask = recommender.reach.specialtyMask(scope)
            for entry in ranking.withinReach { #expect(mask[entry.index], "\(pupil.id)") }
            for entry in ranking.outOfReach { #expect(!mask[entry.index], "\(pupil.id)") }
        }
    }
}
