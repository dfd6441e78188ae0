import Profiles
import ScoringCore
import Allocation

/// The eligibility rules other than must-haves, precomputed into flat arrays so collectors can check a
/// candidate pair with a few integer comparisons. Must-haves are counted by the gate product.
struct EligibilityFilter: PairFilter {
    private let studentRegion: [Int32]
    private let studentAnywhere: [Bool]
    private let studentAge: [Int32]
    /// Bit set of vacancy kinds the student's stage allows; 0 when the student may not be shown to employers.
    private let studentKinds: [UInt8]
    private let vacancyRegion: [Int32]
    private let vacancyAge: [Int32]
    private let vacancyKind: [UInt8]

    init(students: [Student], vacancies: [Vacancy], rules: Eligibility, regionIndex: [String: Int]) {
        studentRegion = students.map { Int32(regionIndex[$0.regionID] ?? -1) }
        studentAnywhere = students.map { $0.relocation == .country }
        studentAge = students.map { Int32($0.minimumAge(in: rules.referenceYear)) }
        studentKinds = students.map { student in
            guard student.isVisibleToEmployers(in: rules.referenceYear) else { return 0 }
            return Vacancy.Kind.allCases.enumerated().reduce(UInt8(0)) { bits, kind in
                Eligibility.stageFits(student.stage, kind.element) ? bits | (1 << kind.offset) : bits
            }
        }
        vacancyRegion = vacancies.map { Int32(regionIndex[$0.regionID] ?? -2) }
        vacancyAge = vacancies.map { Int32($0.minimumAge) }
        vacancyKind = vacancies.map { UInt8(1) << Vacancy.Kind.allCases.firstIndex(of: $0.kind)! }
    }

    @inline(__always)
    func isEligible(row: Int, column: Int) -> Bool {
        studentKinds[row] & vacancyKind[column] != 0
            && studentAge[row] >= vacancyAge[column]
            && (studentAnywhere[row] || studentRegion[row] == vacancyRegion[column])
    }
}
