import Testing
@testable import Profiles
import TestSupport

@Suite("Synthetic cohorts")
struct GeneratorTests {
    @Test func sameSeedSameStudentsOtherSeedOtherStudents() throws {
        let catalogue = try Fixtures.database().catalogue()
        func cohort(_ seed: UInt64) -> [Student] {
            Array(IteratorSequence(CohortGenerator(catalogue: catalogue, count: 300, seed: seed, referenceYear: 2026)))
        }
        #expect(cohort(5) == cohort(5))
        #expect(cohort(5).map(\.grades) != cohort(6).map(\.grades))
        #expect(Set(cohort(5).map(\.id)).isDisjoint(with: cohort(6).map(\.id)))
    }

    @Test func distributionsAreBelievable() throws {
        let catalogue = try Fixtures.database().catalogue()
        let students = Array(IteratorSequence(CohortGenerator(catalogue: catalogue, count: 20_000, seed: 1, referenceYear: 2026)))
        // Regional shares follow population: Almaty city (2.35M) has more students than Aktobe (0.94M).
        let byRegion = Dictionary(grouping: students, by: \.regionID).mapValues(\.count)
        let ratio = Double(byRegion["almaty-city"]!) / Double(byRegion["aktobe"]!)
        #expect(abs(ratio - 2_347_924.0 / 943_600.0) < 0.3)
        // A stage mix with schoolchildren the largest group.
        let schoolShare = Double(students.filter(\.stage.isSchool).count) / Double(students.count)
        #expect(schoolShare > 0.5 && schoolShare < 0.6)
        // College students' skills come from their specialty.
        for student in students where student.specialtyID != nil {
            let specialty = catalogue.specialties.first { $0.id == student.specialtyID }!
            let allowed = Set(specialty.skills.map(\.skillID) + ["digital-literacy", "teamwork", "communication", "problem-solving"])
            #expect(student.skills.allSatisfy { allowed.contains($0.skillID) })
        }
        // Minors carry a consent answer; adults are not asked.
        #expect(students.allSatisfy { $0.mayBeMinor(in: 2026) == ($0.guardianConsent != nil) })
        // Interest in Investigative work goes with maths grades.
        func meanInvestigative(_ group: [Student]) -> Double {
            group.map { $0.interests[.investigative] }.reduce(0, +) / Double(group.count)
        }
        let highMath = meanInvestigative(students.filter { $0.grades["math"]! >= 5 })
        let lowMath = meanInvestigative(students.filter { $0.grades["math"]! <= 3 })
        #expect(highMath > lowMath + 0.05)
    }
}
