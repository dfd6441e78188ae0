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

    @Test("a pupil who welds, with a competition result, finds welding first in Saran and in Aktobe region")
    func aCompetitionWelderFindsWeldingFirst() throws {
        let fixture = try PupilFixture()
        let recommender = try SpecialtyRecommender(catalogue: fixture.catalogue)
        for (region, town, relocation) in [("karaganda", "Saran", Relocation.none), ("aktobe", nil, .region)] {
            let welder = Student(id: "w", stage: .school(grade: 9), regionID: region, town: town, settlement: .urban, relocation: relocation,
                                 birthYear: 2011, guardianConsent: true, specialtyID: nil, collegeID: nil,
                                 grades: ["math": 4, "physics": 4, "technology": 5],
                                 interests: InterestScores([.realistic: 0.8, .investigative: 0.4, .artistic: 0.2, .social: 0.3, .enterprising: 0.3, .conventional: 0.5]),
                                 skills: [StudentSkill(skillID: "mma-welding", level: 3, evidence: .competition)],
                                 languages: [.kk, .ru], schoolLanguage: .kk, sex: nil)
            let first = try #require(try recommender.recommend([welder], k: 1)[0].withinReach.first)
            #expect(fixture.catalogue.specialties[first.index].id == "07150500", "\(region)")
        }
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

    /// Docs/Scoring.md's sensitivity analysis: each weight moved ±25% (the others rescaled to sum to 1),
    /// how many pupils' top 3 (as a set) change, and the fixture's pass rate under the moved weights.
    @Test func sensitivityToEachWeight() throws {
        let fixture = try PupilFixture()
        let recommender = try SpecialtyRecommender(catalogue: fixture.catalogue)
        let specialties = fixture.catalogue.specialties
        let parts = fixture.pupils.map { pupil in
            specialties.map { SpecialtyModel.parts(pupil, $0, prospects: recommender.prospectsIndex($0.id, for: pupil), taxonomy: fixture.catalogue.taxonomy) }
        }
        let masks = fixture.pupils.map { recommender.reach.specialtyMask(SpecialtyReach.Scope(of: $0)) }
        func top3(_ weights: SpecialtyWeights) -> [String: [String]] {
            var lists: [String: [String]] = [:]
            for (row, pupil) in fixture.pupils.enumerated() {
                let ranked = specialties.indices.filter { masks[row][$0] }
                    .map { (index: $0, score: SpecialtyModel.score(parts[row][$0], weights: weights)) }
                    .sorted { ($0.score, $1.index) > ($1.score, $0.index) }
                lists[pupil.id] = ranked.prefix(3).map { specialties[$0.index].id }
            }
            return lists
        }
        let standard = top3(.standard)
        // The double-precision model ranks as the product does
        let product = try recommender.recommend(fixture.pupils, k: 3)
        for (pupil, ranking) in zip(fixture.pupils, product) {
            #expect(Set(ranking.withinReach.map { specialties[$0.index].id }) == Set(standard[pupil.id] ?? []), "\(pupil.id)")
        }
        print("sensitivity: \(fixture.pupils.count) pupils; weight | −25%: top 3 changed, pass rate | +25%: top 3 changed, pass rate")
        for part in SpecialtyPart.allCases {
            let cells = [0.75, 1.25].map { factor -> String in
                let varied = top3(SpecialtyWeights.standard.varying(part, by: factor))
                let changed = fixture.pupils.filter { Set(varied[$0.id] ?? []) != Set(standard[$0.id] ?? []) }.count
                return "\(changed) (\(String(format: "%.0f", Double(changed) / Double(fixture.pupils.count) * 100))%), \(String(format: "%.1f", fixture.passRate(top3: varied).rate * 100))%"
            }
            print("| \(part.rawValue) | \(cells[0]) | \(cells[1]) |")
        }
    }
}
