import Profiles

/// Students cut into blocks by every rule `Eligibility` can judge before any product — region,
/// stage, age and consent — each block with the vacancies its students can be matched with, so
/// that `VacancyMatcher` multiplies no pair that one of those rules excludes.
///
/// A block is named by the terms of its students, with the minimum age rounded down to the highest
/// vacancy minimum age it reaches: every student of a block then breaks the same rules against every
/// vacancy as the block's terms do, and the block's vacancies are those `Eligibility.exclusions`
/// clears for the terms. Only must-haves are left to check per pair.
struct EligibilityBlocks: Sendable {
    typealias Key = Eligibility.StudentTerms<Int32>

    let rules: Eligibility
    /// The vacancies' terms, regions as catalogue indices (-2: a region the catalogue lacks).
    let vacancyTerms: [Eligibility.VacancyTerms<Int32>]
    /// Distinct vacancy minimum ages, ascending.
    private let ages: [Int32]
    /// Vacancy indices per region index, and all of them, in `clusterOrder`.
    private let byRegion: [[Int32]]
    private let everywhere: [Int32]
    private let regionIndex: [String: Int]

    init(vacancies: [Vacancy], regionIndex: [String: Int], rules: Eligibility) {
        self.rules = rules
        self.regionIndex = regionIndex
        vacancyTerms = vacancies.map { Eligibility.vacancyTerms($0) { Int32(regionIndex[$0] ?? -2) } }
        ages = Set(vacancyTerms.map(\.minimumAge)).sorted()
        everywhere = Self.clusterOrder(vacancies)
        var byRegion = [[Int32]](repeating: [], count: regionIndex.count)
        for vacancy in everywhere {
            let region = vacancyTerms[Int(vacancy)].region
            if region >= 0 { byRegion[Int(region)].append(vacancy) }
        }
        self.byRegion = byRegion
    }

    /// Vacancy indices ordered so that similar vacancies sit together (by specialty, then first skill)
    /// and a tile of them uses fewer feature columns. Order never decides a tie: lists rank equal
    /// scores by index.
    static func clusterOrder(_ vacancies: [Vacancy]) -> [Int32] {
        vacancies.indices.sorted { a, b in
            let x = (vacancies[a].specialtyIDs.first ?? "", vacancies[a].requirements.first?.skillID ?? "")
            let y = (vacancies[b].specialtyIDs.first ?? "", vacancies[b].requirements.first?.skillID ?? "")
            return x != y ? x < y : a < b
        }.map { Int32($0) }
    }

    /// The block of a student.
    func key(of student: Student) -> Key {
        var terms = rules.studentTerms(student) { Int32(regionIndex[$0] ?? -1) }
        terms.minimumAge = ages.last { $0 <= terms.minimumAge } ?? .min
        return terms
    }

    /// The vacancies a block's students may be matched with, must-haves aside, in `clusterOrder`.
    /// - Complexity: O(vacancies of the block's region, or all vacancies for students who move anywhere).
    func vacancies(of key: Key) -> [Int32] {
        let candidates = key.region.map { $0 >= 0 && Int($0) < byRegion.count ? byRegion[Int($0)] : [] } ?? everywhere
        return candidates.filter { Eligibility.exclusions(key, vacancyTerms[Int($0)]).isEmpty }
    }
}
