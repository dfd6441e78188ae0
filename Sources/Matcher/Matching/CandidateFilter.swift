import Profiles
import ScoringCore

/// The per-pair check of a block (`VacancyMatcher`): must-haves, the one rule no block can decide.
/// `Eligibility`'s other rules hold for every pair of a block by construction (`EligibilityBlocks`).
///
/// Rows are positions in the scored batch, columns positions in the block's vacancy list.
struct CandidateFilter: PairFilter, @unchecked Sendable {
    // Unchecked: the pointers are to `owner`'s tables, written once in its init and only read afterwards.
    /// Keeps the tables alive; the hot path reads them through the pointers below, without reference counting.
    private let owner: Terms
    private let levels: UnsafeMutablePointer<UInt8>, mustHaveCount: Int, vacancyIDs: UnsafeMutablePointer<Int32>
    private let offsets: UnsafeMutablePointer<Int>, columns: UnsafeMutablePointer<Int32>, required: UnsafeMutablePointer<UInt8>

    init(students: [Student], vacancyIDs: [Int32], catalogue: MustHaveTerms) {
        owner = Terms(students: students, vacancyIDs: vacancyIDs, catalogue: catalogue)
        (levels, mustHaveCount, self.vacancyIDs) = (owner.levels, owner.mustHaveCount, owner.vacancyIDs)
        (offsets, columns, required) = (owner.offsets, owner.columns, owner.required)
    }

    @inline(__always)
    func isEligible(row: Int, column: Int) -> Bool {
        let vacancy = Int(vacancyIDs[column])
        let levels = levels + row &* mustHaveCount
        var entry = offsets[vacancy]
        let end = offsets[vacancy &+ 1]
        while entry < end {
            if !Eligibility.meetsMustHave(level: Int(levels[Int(columns[entry])]), required: Int(required[entry])) { return false }
            entry &+= 1
        }
        return true
    }

    /// The filter's tables in memory of its own, read through plain pointers: the filter is asked about
    /// every score that would enter a list, and array accesses there cost retains and bounds checks.
    final class Terms: @unchecked Sendable {
        // Unchecked: written once in init, only read afterwards, freed in deinit.
        /// `rows × mustHaveCount` levels, row-major: the student's level of each must-have skill (0: none).
        let levels: UnsafeMutablePointer<UInt8>
        let mustHaveCount: Int
        let vacancyIDs: UnsafeMutablePointer<Int32>
        /// Vacancy v's must-haves are entries `offsets[v]..<offsets[v + 1]` of `columns` and `required`.
        let offsets: UnsafeMutablePointer<Int>
        let columns: UnsafeMutablePointer<Int32>
        let required: UnsafeMutablePointer<UInt8>

        init(students: [Student], vacancyIDs: [Int32], catalogue: MustHaveTerms) {
            mustHaveCount = catalogue.skillColumn.count
            levels = .allocate(capacity: max(1, students.count * mustHaveCount))
            levels.initialize(repeating: 0, count: max(1, students.count * mustHaveCount))
            for (row, student) in students.enumerated() {
                for skill in student.effectiveSkills {
                    guard let column = catalogue.skillColumn[skill.skillID] else { continue }
                    let at = row * mustHaveCount + column
                    levels[at] = max(levels[at], UInt8(clamping: skill.level))
                }
            }
            self.vacancyIDs = Self.copy(vacancyIDs)
            offsets = Self.copy(catalogue.offsets)
            columns = Self.copy(catalogue.columns)
            required = Self.copy(catalogue.required)
        }

        private static func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, values.count))
            pointer.initialize(from: values, count: values.count)
            return pointer
        }

        deinit {
            levels.deallocate()
            vacancyIDs.deallocate()
            offsets.deallocate()
            columns.deallocate()
            required.deallocate()
        }
    }
}

/// Every vacancy's must-haves as (must-have skill column, level) lists.
struct MustHaveTerms: Sendable {
    let skillColumn: [String: Int]
    /// Vacancy v's must-haves are entries `offsets[v]..<offsets[v + 1]`.
    let offsets: [Int]
    let columns: [Int32]
    let required: [UInt8]

    init(vacancies: [Vacancy]) {
        let skills = Set(vacancies.flatMap { Eligibility.mustHaves(of: $0).map(\.skillID) }).sorted()
        skillColumn = Dictionary(uniqueKeysWithValues: skills.enumerated().map { ($1, $0) })
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
