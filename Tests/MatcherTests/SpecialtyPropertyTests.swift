import Testing
import Profiles
@testable import Matcher
import ScoringCore
import TestSupport

/// Properties of the specialty model that every pupil and specialty must satisfy, on generated pupils of
/// the shipped catalogue (seeded, so a failure reproduces).
@Suite("Specialty model properties")
struct SpecialtyPropertyTests {
    let catalogue: Catalogue
    let pupils: [Student]
    let recommender: SpecialtyRecommender

    init() throws {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 600, seed: 11, referenceYear: Fixtures.referenceYear).build(into: database)
        catalogue = try database.catalogue()
        pupils = try database.students().filter(\.stage.isSchool)
        recommender = try SpecialtyRecommender(catalogue: catalogue)
    }

    func score(_ student: Student, _ index: Int) -> Double { recommender.breakdown(student, specialty: index).score }

    /// Every pupil with every specialty `check` is asked about, seeded by `seed`.
    func forEachPair(seed: UInt64, _ check: (Student, Int, inout SplitMix64) -> Void) {
        var random = SplitMix64(seed: seed)
        for pupil in pupils.prefix(150) {
            for index in catalogue.specialties.indices where random.unit() < 0.3 { check(pupil, index, &random) }
        }
    }

    @Test("more interest in one of a specialty's types never lowers its score", arguments: [1, 2, 3] as [UInt64])
    func interestIsMonotone(seed: UInt64) {
        forEachPair(seed: seed) { pupil, index, random in
            let code = catalogue.specialties[index].interestCode
            let type = code[Int(random.unit() * Double(code.count))]
            var more = pupil
            var values = Dictionary(uniqueKeysWithValues: RIASEC.allCases.map { ($0, pupil.interests[$0]) })
            values[type] = min(1, values[type]! + 0.01 + random.unit() * 0.3)
            more.interests = InterestScores(values)
            #expect(score(more, index) >= score(pupil, index), "\(pupil.id) \(catalogue.specialties[index].id) \(type)")
        }
    }

    @Test("a better grade in a key subject never lowers the score", arguments: [1, 2] as [UInt64])
    func gradesAreMonotone(seed: UInt64) {
        forEachPair(seed: seed) { pupil, index, random in
            let subjects = catalogue.specialties[index].keySubjects
            let subject = subjects[Int(random.unit() * Double(subjects.count))]
            var better = pupil
            better.grades[subject] = min(5, (pupil.grades[subject] ?? 3) + 1)
            #expect(score(better, index) >= score(pupil, index), "\(pupil.id) \(catalogue.specialties[index].id) \(subject)")
        }
    }

    @Test("a higher level of one of the specialty's skills never lowers the score", arguments: [1, 2, 3] as [UInt64])
    func skillLevelsAreMonotone(seed: UInt64) {
        forEachPair(seed: seed) { pupil, index, random in
            let skills = catalogue.specialties[index].skills
            let skillID = skills[Int(random.unit() * Double(skills.count))].skillID
            // Raised from what scoring sees, which for a declared language is the level `effectiveSkills` gives it
            var higher = pupil
            higher.skills = pupil.effectiveSkills
            if let at = higher.skills.firstIndex(where: { $0.skillID == skillID }) {
                higher.skills[at].level = min(5, higher.skills[at].level + 1)
            } else {
                higher.skills.append(StudentSkill(skillID: skillID, level: 1 + Int(random.unit() * 3), evidence: .selfReported))
            }
            #expect(score(higher, index) >= score(pupil, index), "\(pupil.id) \(catalogue.specialties[index].id) \(skillID)")
        }
    }

    @Test("widening relocation never removes an option")
    func wideningNeverRemoves() throws {
        for pupil in pupils.prefix(200) {
            var options: [Set<Int>] = []
            for relocation in [Relocation.none, .region, .country] {
                var widened = pupil
                widened.relocation = relocation
                let ranking = try recommender.recommend([widened], k: catalogue.specialties.count)[0]
                options.append(Set(ranking.withinReach.map(\.index)))
            }
            #expect(options[0].isSubset(of: options[1]) && options[1].isSubset(of: options[2]), "\(pupil.id)")
            #expect(options[2].count == catalogue.specialties.count)
        }
    }

    @Test("prospects never lift a specialty whose fit without them is below good over a better fit")
    func prospectsOnlyReorderGoodFits() {
        let good = FitBand.specialtyThreshold(.good), weights = ScoringWeights.specialty
        for pupil in pupils.prefix(200) {
            let scored = catalogue.specialties.indices.map { index in
                let breakdown = recommender.breakdown(pupil, specialty: index)
                let withoutProspects = breakdown.parts.filter { $0.name != SpecialtyPart.prospects.rawValue }
                    .reduce(0) { $0 + $1.contribution } / weights.withoutProspects
                return (score: breakdown.score, fit: withoutProspects)
            }
            for weak in scored where weak.fit < good - 1e-6 {
                for strong in scored where strong.fit > weak.fit + 1e-6 {
                    #expect(weak.score < strong.score, "\(pupil.id)")
                }
            }
        }
    }
}
