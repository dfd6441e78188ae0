import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Matcher
import TestSupport

@Suite("Specialty recommendations on the hand-made fixture")
struct RecommendationTests {
    static func schoolchild(skills: [StudentSkill], interests: [RIASEC: Double], grades: [String: Int], region: String = "karaganda",
                            relocation: Relocation = .region, town: String? = nil) -> Student {
        Student(id: "st-school", stage: .school(grade: 9), regionID: region, town: town, settlement: .urban, relocation: relocation,
                birthYear: 2011, guardianConsent: true, specialtyID: nil, collegeID: nil, grades: grades,
                interests: InterestScores(interests), skills: skills, languages: [.kk, .ru], schoolLanguage: .kk, sex: nil)
    }

    @Test func aWelderAtHeartInKaragandaGetsWeldingFirst() throws {
        let catalogue = try Fixtures.database().catalogue()
        let student = Self.schoolchild(
            skills: [StudentSkill(skillID: "mma-welding", level: 2, evidence: .competition), StudentSkill(skillID: "gas-cutting", level: 1, evidence: .course)],
            interests: [.realistic: 0.9, .conventional: 0.6, .investigative: 0.3, .artistic: 0.1, .social: 0.2, .enterprising: 0.2],
            grades: ["technology": 5, "physics": 4, "math": 4, "informatics": 3, "english": 3, "history": 3])
        let recommender = try SpecialtyRecommender(catalogue: catalogue, tiling: TilingOptions(rowTile: 3, columnTile: 2, concurrency: 2))
        let ranking = try recommender.recommend([student], k: 3)[0]
        let ids = ranking.withinReach.map { catalogue.specialties[$0.index].id }
        #expect(ids.first == "07150500", "top 3 were \(ids)")
        // The parts add up to the matrix score, and the reasons speak of interests, grades and the hobby.
        let advice = recommender.advice(for: student, ranking: ranking)
        let welding = try #require(advice.recommendations.first { $0.specialtyID == "07150500" })
        #expect(abs(welding.parts.reduce(0) { $0 + $1.contribution } - welding.score) < 1e-6)
        #expect(welding.parts.map(\.name) == SpecialtyPart.allCases.map(\.rawValue))
        #expect(welding.reasons.contains(.interests([.realistic, .conventional])))
        #expect(welding.reasons.contains(.grades(["technology", "physics"])))
        #expect(welding.reasons.contains(.skills(["mma-welding", "gas-cutting"])))
        #expect(welding.colleges.first?.collegeID == "karaganda-poly")
        #expect(welding.skillsToDevelop.contains { $0.skillID == "mma-welding" && $0.studentLevel == 2 && $0.required == 4 })
    }

    @Test func aSocialEnglishSpeakerIsPointedToHotels() throws {
        let catalogue = try Fixtures.database().catalogue()
        let student = Self.schoolchild(
            skills: [StudentSkill(skillID: "english-language", level: 3, evidence: .certificate)],
            interests: [.social: 0.9, .enterprising: 0.7, .conventional: 0.5, .realistic: 0.1, .investigative: 0.2, .artistic: 0.3],
            grades: ["english": 5, "history": 5, "math": 3, "physics": 3, "technology": 3, "informatics": 3], region: "almaty-city")
        let ranking = try SpecialtyRecommender(catalogue: catalogue).recommend([student], k: 1)[0]
        #expect(catalogue.specialties[ranking.withinReach[0].index].id == "10130100")
    }

    @Test("a pupil who will not move sees only what their town teaches; the rest wanted nearby is listed apart")
    func reachBoundsTheMainList() throws {
        let catalogue = try Fixtures.database().catalogue()
        // Khromtau's college teaches mining and welding; the tyre plant's work is in Karaganda region, not Aktobe.
        let miner = Self.schoolchild(skills: [], interests: [.realistic: 0.9, .investigative: 0.5, .conventional: 0.4, .artistic: 0.1, .social: 0.2, .enterprising: 0.2],
                                     grades: ["physics": 4, "math": 4], region: "aktobe", relocation: .none, town: "Khromtau")
        let recommender = try SpecialtyRecommender(catalogue: catalogue)
        let ranking = try recommender.recommend([miner], k: 5)[0]
        #expect(Set(ranking.withinReach.map { catalogue.specialties[$0.index].id }) == ["07240100", "07150500"])
        for entry in ranking.outOfReach {
            #expect(recommender.demand.counts(catalogue.specialties[entry.index].id, region: "aktobe").places > 0)
        }
        // Without a town, `none` means the pupil's region; a town with no college leaves the main list empty.
        var noTown = miner
        noTown.town = nil
        #expect(try recommender.recommend([noTown], k: 5)[0].withinReach.count == 2)
        var elsewhere = miner
        elsewhere.regionID = "karaganda"
        elsewhere.town = "Saran"
        #expect(try recommender.recommend([elsewhere], k: 5)[0].withinReach.isEmpty)
    }

    @Test("every score equals the model written out in double precision, and its parts sum to it")
    func specialtyScoresEqualTheDoublePrecisionFormula() throws {
        let database = try Fixtures.database(students: 300, seed: 3)
        let catalogue = try database.catalogue()
        let students = try database.students()
        let recommender = try SpecialtyRecommender(catalogue: catalogue, tiling: TilingOptions(rowTile: 5, columnTile: 3, concurrency: 2), batchSize: 41)
        let rankings = try recommender.recommend(students, k: catalogue.specialties.count, outOfReachK: catalogue.specialties.count)
        for (student, ranking) in zip(students, rankings) {
            let mask = recommender.reach.specialtyMask(SpecialtyReach.Scope(of: student))
            #expect(ranking.withinReach.count == mask.filter { $0 }.count)
            for entry in ranking.withinReach + ranking.outOfReach {
                let specialty = catalogue.specialties[entry.index]
                let oracle = ModelOracle.specialtyScore(student, specialty, prospects: recommender.prospectsIndex(specialty.id, for: student), taxonomy: catalogue.taxonomy)
                #expect(abs(Double(entry.score) - oracle) < 1e-5, "\(student.id) \(specialty.id)")
                let breakdown = recommender.breakdown(student, specialty: entry.index)
                #expect(breakdown.score == Double(entry.score))
                #expect(abs(breakdown.parts.reduce(0) { $0 + $1.contribution } - breakdown.score) < 1e-6)
            }
            #expect(zip(ranking.withinReach, ranking.withinReach.dropFirst()).allSatisfy { Ranked.isBetter($0, than: $1) })
        }
    }

    @Test("a flat interest profile is detected and weighs the same for every specialty")
    func flatProfiles() throws {
        let catalogue = try Fixtures.database().catalogue()
        let flat = Self.schoolchild(skills: [], interests: Dictionary(uniqueKeysWithValues: RIASEC.allCases.map { ($0, 0.7) }), grades: ["math": 5])
        #expect(SpecialtyModel.isFlat(flat.interests))
        let recommender = try SpecialtyRecommender(catalogue: catalogue)
        let advice = recommender.advice(for: flat, ranking: try recommender.recommend([flat], k: 5)[0])
        #expect(advice.interestsFlat)
        #expect(advice.recommendations.allSatisfy { abs(($0.parts.first { $0.name == "interests" }?.value ?? 0) - 0.5) < 1e-12 })
        let peaked = Self.schoolchild(skills: [], interests: [.realistic: 0.8, .investigative: 0.6, .artistic: 0.6, .social: 0.6, .enterprising: 0.6, .conventional: 0.6], grades: [:])
        #expect(!SpecialtyModel.isFlat(peaked.interests))
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
