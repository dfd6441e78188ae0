import Profiles
import ScoringCore

/// The per-pair check of a gathered block (`VacancyMatcher`): must-haves, which no block can decide,
/// and `Eligibility`'s other rules again, which the block already guarantees (kept because a pair is
/// checked only when its score would enter a list, where a check costs nothing).
///
/// Rows are positions in the scored batch, columns positions in the block's vacancy list.
struct CandidateFilter: PairFilter {
    private let students: [Eligibility.StudentTerms<Int32>]
    /// `rows × mustHaveCount` levels, row-major: the student's level of each must-have skill (0: none).
    private let levels: [UInt8]
    private let mustHaveCount: Int
    private let vacancyIDs: [Int32]
    private let catalogue: MustHaveTerms

    init(students: [Student], terms: [Eligibility.StudentTerms<Int32>], vacancyIDs: [Int32], catalogue: MustHaveTerms) {
        self.students = terms
        self.vacancyIDs = vacancyIDs
        self.catalogue = catalogue
        mustHaveCount = catalogue.skillColumn.count
        var levels = [UInt8](repeating: 0, count: students.count * mustHaveCount)
        for (row, student) in students.enumerated() {
            for skill in student.effectiveSkills {
                guard let column = catalogue.skillColumn[skill.skillID] else { continue }
                let at = row * mustHaveCount + column
                levels[at] = max(levels[at], UInt8(clamping: skill.level))
            }
        }
        self.levels = levels
    }

    @inline(__always)
    func isEligible(row: Int, column: Int) -> Bool {
        let vacancy = Int(vacancyIDs[column])
        guard Eligibility.exclusions(students[row], catalogue.vacancyTerms[vacancy]).isEmpty else { return false }
        for entry in catalogue.offsets[vacancy]..<catalogue.offsets[vacancy + 1] {
            let level = levels[row * mustHaveCount + Int(catalogue.columns[entry])]
            if !Eligibility.meetsMustHave(level: Int(level), required: Int(catalogue.required[entry])) { return false }
        }
        return true
    }
}

/// Every vacancy's must-haves as (must-have skill column, level) lists, and its eligibility terms.
struct MustHaveTerms: Sendable {
    let skillColumn: [String: Int]
    let vacancyTerms: [Eligibility.VacancyTerms<Int32>]
    /// Vacancy v's must-haves are entries `offsets[v]..<offsets[v + 1]`.
    let offsets: [Int]
    let columns: [Int32]
    let required: [UInt8]

    init(vacancies: [Vacancy], vacancyTerms: [Eligibility.VacancyTerms<Int32>]) {
        let skills = Set(vacancies.flatMap { Eligibility.mustHaves(of: $0).map(\.skillID) }).sorted()
        skillColumn = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1, $0) })
        self.vacancyTerms = vacancyTerms
        var offsets = [0], columns: [Int32] = [], required: [UInt8] = []
        for vacancy in vacancies {
            for requirement in Eligibility.mustHaves(of: vacancy) {
                columns.append(Int32(skillColumn[requirement.skillID]!))
                required.append(UInt8(clamping: requirement.level))
            }
            offsets.append(columns.count)
        }
        self.offsets = offsets
        self.columns = columns
        self.required = required
    }
}
