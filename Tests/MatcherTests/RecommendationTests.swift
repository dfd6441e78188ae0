import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("Specialty recommendations on the hand-made fixture")
struct RecommendationTests {
    static func schoolchild(skills: [StudentSkill], interests: [RIASEC: Double], grades: [String: Int], region: String = "karaganda") -> Student {
        Student(id: "st-school", stage: .school(grade: 9), regionID: region, settlement: .urban, relocation: .region,
                birthYear: 2011, guardianConsent: true, specialtyID: nil, collegeID: nil, grades: grades,
                interests: InterestScores(interests), skills: skills, languages: [.kk, .ru], schoolLanguage: .kk, sex: nil)
    }

    @Test func aWelderAtHeartInKaragandaGetsWeldingInTheTopThree() throws {
        let catalogue = try Fixtures.database().catalogue()
        let student = Self.schoolchild(
            skills: [StudentSkill(skillID: "mma-welding", level: 2, evidence: .competition), StudentSkill(skillID: "gas-cutting", level: 1, evidence: .course)],
            interests: [.realistic: 0.9, .conventional: 0.6, .investigative: 0.3, .artistic: 0.1, .social: 0.2, .enterprising: 0.2],
            grades: ["technology": 5, "physics": 4, "math": 4, "informatics": 3, "english": 3, "history": 3])
        let recommender = try SpecialtyRecommender(catalogue: catalogue, tiling: TilingOptions(rowTile: 3, columnTile: 2, concurrency: 2))
        let ranked = try recommender.recommend([student], k: 3)[0]
        let ids = ranked.map { catalogue.specialties[$0.index].id }
        #expect(ids.contains("07150500"), "top 3 were \(ids)")
        // The explanation adds up to the matrix score, and the reasons speak of interests and grades.
        let recommendations = recommender.recommendations(for: student, ranked: ranked, referenceYear: 2026)
        let welding = try #require(recommendations.first { $0.specialtyID == "07150500" })
        #expect(abs(welding.explanation.score - welding.score) < 1e-5)
        #expect(welding.reasons.contains(.interests([.realistic, .conventional])))
        #expect(welding.reasons.contains(.grades(["technology", "physics"])))
        #expect(welding.colleges.first?.collegeID == "karaganda-poly")
        #expect(welding.skillsToDevelop.contains { $0.skillID == "mma-welding" && $0.studentLevel == 2 && $0.required == 4 })
    }

    @Test func aSocialEnglishSpeakerIsPointedToHotels() throws {
        let catalogue = try Fixtures.database().catalogue()
        let student = Self.schoolchild(
            skills: [StudentSkill(skillID: "english-language", level: 3, evidence: .certificate)],
            interests: [.social: 0.9, .enterprising: 0.7, .conventional: 0.5, .realistic: 0.1, .investigative: 0.2, .artistic: 0.3],
            grades: ["english": 5, "history": 5, "math": 3, "physics": 3, "technology": 3, "informatics": 3], region: "almaty-city")
        let ranked = try SpecialtyRecommender(catalogue: catalogue).recommend([student], k: 1)[0]
        #expect(catalogue.specialties[ranked[0].index].id == "10130100")
    }

    @Test func specialtyScoresEqualTheDoublePrecisionFormula() throws {
        let database = try Fixtures.database(students: 300, seed: 3)
        let catalogue = try database.catalogue()
        let students = try database.students()
        let recommender = try SpecialtyRecommender(catalogue: catalogue, tiling: TilingOptions(rowTile: 5, columnTile: 3, concurrency: 2), batchSize: 41)
        let lists = try recommender.recommend(students, k: catalogue.specialties.count)
        let explainer = Explainer(referenceYear: 2026)
        for (student, list) in zip(students, lists) {
            #expect(list.count == catalogue.specialties.count)
            for entry in list {
                let specialty = catalogue.specialties[entry.index]
                // Oracle: the blend written out (interests and demand at two decimals, as documented).
                let code = specialty.interestCode, weights = [[1.0], [0.6, 0.4], [0.5, 0.3, 0.2]][code.count - 1]
                let interests = zip(code, weights).reduce(0.0) { $0 + $1.1 * (student.interests[$1.0] * 100).rounded() / 100 }
                let subjectWeights = [[1.0], [0.6, 0.4], [0.5, 0.3, 0.2]][specialty.keySubjects.count - 1]
                let aptitude = zip(specialty.keySubjects, subjectWeights).reduce(0.0) { $0 + $1.1 * Double((student.grades[$1.0] ?? 3) - 1) / 4 }
                let held = Dictionary(uniqueKeysWithValues: student.effectiveSkills.map { ($0.skillID, $0) })
                let covered = specialty.skills.reduce(0.0) { sum, need in
                    let skill = held[need.skillID]
                    let confidence = skill.map { ModelOracle.confidence($0.evidence) } ?? 0
                    return sum + confidence * Double(min(skill?.level ?? 0, need.level))
                }
                let skills = covered / Double(specialty.skills.reduce(0) { $0 + $1.level })
                let demand = (recommender.demandIndex(specialty.id, for: student) * 100).rounded() / 100
                let oracle = 0.4 * interests + 0.25 * aptitude + 0.15 * skills + 0.2 * demand
                #expect(abs(Double(entry.score) - oracle) < 1e-4)
                #expect(abs(explainer.explain(student, specialty, demand: recommender.demandIndex(specialty.id, for: student)).score - Double(entry.score)) < 1e-5)
            }
            #expect(zip(list, list.dropFirst()).allSatisfy { Ranked.isBetter($0, than: $1) })
        }
    }

    @Test("the demand index damps small figures: a handful of places is not a shortage")
    func demandIndexDampsSmallFigures() throws {
        // The documented examples (Docs/Scoring.md), at the two decimals the model uses
        #expect(ScoringWeights.hundredths(DemandIndex.value(places: 2, seats: 0)) == 4)
        #expect(ScoringWeights.hundredths(DemandIndex.value(places: 215, seats: 50)) == 68)
        #expect(DemandIndex.value(places: 0, seats: 0) == 0)
        #expect(DemandIndex.value(places: 0, seats: 75) == 0)

        // More places never lower the index, more seats never raise it, and it stays below 1
        for places in [0, 1, 5, 20, 100, 1000] {
            for seats in [0, 25, 50, 200] {
                let here = DemandIndex.value(places: places, seats: seats)
                #expect(here >= 0 && here < 1)
                #expect(DemandIndex.value(places: places + 1, seats: seats) > here)
                #expect(DemandIndex.value(places: places, seats: seats + 25) <= here)
            }
        }

        // On the fixture, each region's figure is the catalogue's places and seats through the formula
        let catalogue = try Fixtures.database().catalogue()
        let demand = DemandIndex(catalogue: catalogue)
        for specialty in catalogue.specialties {
            for region in catalogue.regions.map(\.id) + [nil] as [String?] {
                let (places, seats) = demand.counts(specialty.id, region: region)
                #expect(demand.index(specialty.id, region: region) == Double(places) / Double(places + seats + 50))
            }
        }
    }
}
