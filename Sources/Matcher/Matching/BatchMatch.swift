import Profiles
import ScoringCore
import Allocation

/// The whole cohort against the vacancies in one go: best vacancies per student, best students per
/// vacancy, and an allocation under the vacancies' headcounts.
public struct BatchMatch: Sendable {
    public enum Method: String, Sendable, Codable, CaseIterable {
        /// Student-proposing deferred acceptance: no blocking pair, best for students among stable allocations.
        case stable
        /// The largest total fit under the same capacities (min-cost flow).
        case optimal
    }

    /// How many best eligible vacancies each student ranks, best vacancies kept per vacancy, and near
    /// candidates kept per vacancy, unless told otherwise: a shard keeps the same (Docs/Distributed.md).
    public static let defaultPreferenceLength = 20, defaultShortlistLength = 10, defaultNearCandidates = 10

    /// The vacancies matched, in catalogue order (all, or those of one kind).
    public let vacancies: [Vacancy]
    /// Their positions in `catalogue.vacancies`.
    public let catalogueIndices: [Int]
    public let matches: VacancyMatches
    public let problem: AllocationProblem
    public let allocation: Allocation

    /// - Parameters:
    ///   - students: the cohort in id order.
    ///   - kind: only vacancies of this kind (nil: all).
    ///   - preferenceLength: how many of a student's best eligible vacancies they rank for the allocation.
    ///   - shortlistLength: how many best students to keep per vacancy.
    public init(catalogue: Catalogue, students: [Student], referenceYear: Int, kind: Vacancy.Kind? = nil,
                method: Method = .stable, preferenceLength: Int = defaultPreferenceLength, shortlistLength: Int = defaultShortlistLength,
                tiling: TilingOptions = TilingOptions(), progress: ((Int) -> Void)? = nil) throws {
        catalogueIndices = catalogue.vacancies.indices.filter { kind == nil || catalogue.vacancies[$0].kind == kind }
        vacancies = catalogueIndices.map { catalogue.vacancies[$0] }
        let matcher = try VacancyMatcher(catalogue: catalogue, vacancies: vacancies, referenceYear: referenceYear, tiling: tiling)
        let matches = try matcher.match(students, studentK: preferenceLength, vacancyK: shortlistLength, progress: progress)
        let problem = try AllocationProblem(studentCount: students.count, capacities: vacancies.map(\.headcount),
                                            preferences: students.indices.map { matches.bestVacancies(ofStudent: $0) })
        self.matches = matches
        self.problem = problem
        allocation = switch method {
        case .stable: DeferredAcceptance.allocate(problem)
        case .optimal: OptimalAssignment.allocate(problem)
        }
    }

    /// For the given vacancies (positions in `vacancies`), their best `k` students with must-haves set
    /// aside: the near misses whose gaps show what training would fill the places.
    public static func nearCandidates(catalogue: Catalogue, vacancies: [Vacancy], students: [Student], referenceYear: Int,
                                      k: Int = defaultNearCandidates, tiling: TilingOptions = TilingOptions()) throws -> [[Ranked]] {
        guard !vacancies.isEmpty else { return [] }
        let relaxed = vacancies.map { vacancy in
            var copy = vacancy
            copy.requirements = vacancy.requirements.map { var requirement = $0; requirement.mustHave = false; return requirement }
            return copy
        }
        return try VacancyMatcher(catalogue: catalogue, vacancies: relaxed, referenceYear: referenceYear, tiling: tiling)
            .match(students, studentK: 0, vacancyK: k).bestStudents
    }
}
