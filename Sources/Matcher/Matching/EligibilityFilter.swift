import Profiles
import ScoringCore

/// `Eligibility`'s rules other than must-haves, on terms precomputed per student and vacancy with
/// regions as indices, so collectors check a candidate pair with a few integer comparisons.
/// Must-haves are counted by the gate product.
struct EligibilityFilter: PairFilter {
    private let students: [Eligibility.StudentTerms<Int32>]
    private let vacancies: [Eligibility.VacancyTerms<Int32>]

    init(students: [Student], vacancies: [Vacancy], rules: Eligibility, regionIndex: [String: Int]) {
        // An unknown region never equals another: -1 for students, -2 for vacancies.
        self.students = students.map { rules.studentTerms($0) { Int32(regionIndex[$0] ?? -1) } }
        self.vacancies = vacancies.map { Eligibility.vacancyTerms($0) { Int32(regionIndex[$0] ?? -2) } }
    }

    /// The rules the pair breaks, must-haves aside.
    @inline(__always)
    func exclusions(row: Int, column: Int) -> Eligibility.Exclusions {
        Eligibility.exclusions(students[row], vacancies[column])
    }

    @inline(__always)
    func isEligible(row: Int, column: Int) -> Bool {
        exclusions(row: row, column: column).isEmpty
    }
}
