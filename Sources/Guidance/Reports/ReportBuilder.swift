import ScoringCore
import Allocation
import Matcher
import Foundation
import Profiles

/// Computes the batch match report from the cohort's matches and allocation (Docs/Reports.md).
public struct ReportBuilder: Sendable {
    public let catalogue: Catalogue
    public let students: [Student]
    /// Each student's best eligible vacancies (indices into `catalogue.vacancies`).
    public let bestVacancies: [[Ranked]]
    /// Each student's allocated vacancy, if any.
    public let placements: [Int?]
    /// For every vacancy, its best candidates when must-haves are set aside: whose gaps are the training to organise.
    public let nearCandidates: [[Ranked]]
    public let referenceYear: Int
    /// The figures withheld so that no "<10" can be worked out from the others, the same in every report
    /// of the cohort (`withheldKeys`).
    let withheld: Set<String>
    /// A fit at least this good counts a student as a candidate.
    public var goodFit = FitBand.thresholds.first { $0.0 == .good }!.1

    public init(catalogue: Catalogue, students: [Student], bestVacancies: [[Ranked]], placements: [Int?],
                nearCandidates: [[Ranked]], referenceYear: Int) {
        precondition(bestVacancies.count == students.count && placements.count == students.count, "one entry per student")
        self.catalogue = catalogue
        self.students = students
        self.bestVacancies = bestVacancies
        self.placements = placements
        self.nearCandidates = nearCandidates
        self.referenceYear = referenceYear
        withheld = Self.withheldKeys(catalogue: catalogue, students: students, placements: placements)
    }

    /// The report for the whole country (`regionID` nil) or one region, with names in `language`.
    public func build(regionID: String? = nil, language: Language, title: String, date: String) -> MatchReport {
        let vacancies = catalogue.vacancies
        let inScope = { (region: String) in regionID == nil || region == regionID }
        let scopedVacancies = vacancies.indices.filter { inScope(vacancies[$0].regionID) }
        let scopedStudents = students.indices.filter { inScope(students[$0].regionID) }
        let goodFits: [[Int]] = bestVacancies.map { list in list.filter { Double($0.score) >= goodFit }.map(\.index) }
        let filled = Self.filledPlaces(placements, vacancies: vacancies.count)
        var fitSum = 0.0
        for (student, place) in placements.enumerated() {
            guard let place else { continue }
            if inScope(vacancies[place].regionID) {
                fitSum += Double(bestVacancies[student].first { $0.index == place }?.score ?? 0)
            }
        }
        // Gaps of the near candidates, once per vacancy with free places: both unfilled rows and training needs use them.
        var missing: [Int: [(skillID: String, lacking: [Int])]] = [:]
        for index in scopedVacancies where Self.lists(vacancies[index], placed: filled[index]) { missing[index] = missingSkills(index) }
        let placed = scopedVacancies.reduce(0) { $0 + filled[$1] }
        let places = scopedVacancies.reduce(0) { $0 + vacancies[$1].headcount }
        let seats = catalogue.colleges.filter { inScope($0.regionID) }.flatMap(\.offerings).reduce(0) { $0 + $1.seatsPerYear }

        let byRegion = regionRows(goodFits, regionID, language)
        let enterprises = enterpriseRows(filled, inScope, language)
        let shownPlaced = shown(placed, CountKey.placed(in: regionID))
        let summary = MatchReport.Summary(
            students: shown(scopedStudents.count, CountKey.students(in: regionID)), vacancies: scopedVacancies.count,
            places: places, collegeSeats: seats, placed: shownPlaced,
            fillRate: places == 0 ? 0 : DisclosureRule.rate(shownPlaced, over: .exact(places)),
            meanFit: placed == 0 ? 0 : Self.meanFit(fitSum / Double(placed), beside: shownPlaced))
        return MatchReport(
            title: title, language: language, scope: regionID.flatMap { id in catalogue.regions.first { $0.id == id }?.name[language] },
            date: date, modelVersion: ScoringWeights.modelVersion, summary: summary,
            bySpecialty: specialtyRows(scopedVacancies, goodFits, inScope, language),
            byRegion: byRegion,
            enterprises: enterprises,
            unfilled: unfilledRows(scopedVacancies, filled, missing, language),
            trainingNeeds: trainingNeeds(scopedVacancies, filled, missing, language),
            colleges: collegeRows(inScope, language))
    }

    /// Whether the unfilled table lists a vacancy: where places are left, and where 1–9 were placed even if
    /// none are left, so that being left out of it tells only that 10 or more filled every place.
    static func lists(_ vacancy: Vacancy, placed: Int) -> Bool {
        placed < vacancy.headcount || PersonCount(placed).isSuppressed
    }

    /// The mean fit as shown: to two decimals beside a placed count not shown exactly, since the full
    /// double of a mean of a few single-precision scores could tell how many were averaged.
    static func meanFit(_ mean: Double, beside placed: PersonCount?) -> Double {
        placed.map { !$0.isSuppressed } == true ? mean : (mean * 100).rounded() / 100
    }

    /// A count as the public sees it: "<10" from 1 to 9, nil where it is withheld (`withheld`).
    private func shown(_ value: Int, _ key: String) -> PersonCount? {
        withheld.contains(key) && !PersonCount(value).isSuppressed ? nil : PersonCount(value)
    }

    private func specialtyRows(_ scoped: [Int], _ goodFits: [[Int]], _ inScope: (String) -> Bool, _ language: Language) -> [MatchReport.SpecialtyRow] {
        let vacancies = catalogue.vacancies
        return catalogue.specialties.compactMap { specialty in
            let accepting = Set(scoped.filter { vacancies[$0].specialtyIDs.contains(specialty.id) })
            func places(_ kind: Vacancy.Kind) -> Int { accepting.filter { vacancies[$0].kind == kind }.reduce(0) { $0 + vacancies[$1].headcount } }
            let candidates = goodFits.filter { !accepting.isDisjoint(with: $0) }.count
            let seats = catalogue.colleges.filter { inScope($0.regionID) }.flatMap(\.offerings)
                .filter { $0.specialtyID == specialty.id }.reduce(0) { $0 + $1.seatsPerYear }
            let demand = places(.job) + places(.internship) + places(.dual)
            guard demand > 0 || seats > 0 else { return nil }
            return .init(specialtyID: specialty.id, code: specialty.code, name: specialty.name[language], jobPlaces: places(.job),
                         internshipPlaces: places(.internship), dualPlaces: places(.dual), candidates: PersonCount(candidates),
                         seats: seats, gap: Gap(places: demand, minus: PersonCount(candidates)))
        }.sorted { ($0.demand, $1.specialtyID) > ($1.demand, $0.specialtyID) }
    }

    private func regionRows(_ goodFits: [[Int]], _ scope: String?, _ language: Language) -> [MatchReport.RegionRow] {
        let vacancies = catalogue.vacancies
        return catalogue.regions.filter { scope == nil || $0.id == scope }.map { region in
            let here = Set(vacancies.indices.filter { vacancies[$0].regionID == region.id })
            let demand = here.reduce(0) { $0 + vacancies[$1].headcount }
            let candidates = goodFits.filter { !here.isDisjoint(with: $0) }.count
            let seats = catalogue.colleges.filter { $0.regionID == region.id }.flatMap(\.offerings).reduce(0) { $0 + $1.seatsPerYear }
            return .init(regionID: region.id, name: region.name[language], demand: demand, candidates: PersonCount(candidates),
                         seats: seats, gap: Gap(places: demand, minus: PersonCount(candidates)),
                         students: shown(students.filter { $0.regionID == region.id }.count, CountKey.students(in: region.id)))
        }
    }

    private func enterpriseRows(_ filled: [Int], _ inScope: (String) -> Bool, _ language: Language) -> [MatchReport.EnterpriseRow] {
        let regions = Dictionary(uniqueKeysWithValues: catalogue.regions.map { ($0.id, $0.name[language]) })
        return catalogue.enterprises.filter { inScope($0.regionID) }.map { enterprise in
            let own = catalogue.vacancies.indices.filter { catalogue.vacancies[$0].enterpriseID == enterprise.id }
            let places = own.reduce(0) { $0 + catalogue.vacancies[$1].headcount }
            let count = shown(own.reduce(0) { $0 + filled[$1] }, CountKey.enterprise(enterprise.id))
            return .init(enterpriseID: enterprise.id, name: enterprise.name[language], region: regions[enterprise.regionID] ?? enterprise.regionID,
                         places: places, filled: count, fillRate: DisclosureRule.rate(count, over: .exact(places)))
        }.sorted { ($0.places, $1.enterpriseID) > ($1.places, $0.enterpriseID) }
    }

    /// For each vacancy with free places: which of its near candidates miss each skill or have it too low
    /// (student indices), the skill most often missing first.
    private func missingSkills(_ vacancy: Int) -> [(skillID: String, lacking: [Int])] {
        let target = catalogue.vacancies[vacancy]
        var lacking: [String: [Int]] = [:]
        for candidate in nearCandidates[vacancy] {
            let held = Dictionary(uniqueKeysWithValues: students[candidate.index].effectiveSkills.map { ($0.skillID, $0.level) })
            for requirement in target.requirements where (held[requirement.skillID] ?? 0) < requirement.level {
                lacking[requirement.skillID, default: []].append(candidate.index)
            }
        }
        return lacking.map { ($0.key, $0.value) }.sorted { ($0.1.count, $1.0) > ($1.1.count, $0.0) }
    }

    private func unfilledRows(_ scoped: [Int], _ filled: [Int], _ missing: [Int: [(skillID: String, lacking: [Int])]],
                              _ language: Language) -> [MatchReport.UnfilledRow] {
        let names = Dictionary(uniqueKeysWithValues: catalogue.enterprises.map { ($0.id, $0.name[language]) })
        let regions = Dictionary(uniqueKeysWithValues: catalogue.regions.map { ($0.id, $0.name[language]) })
        return scoped.filter { Self.lists(catalogue.vacancies[$0], placed: filled[$0]) }.map { index in
            let vacancy = catalogue.vacancies[index]
            return .init(vacancyID: vacancy.id, title: vacancy.title[language], enterprise: names[vacancy.enterpriseID] ?? vacancy.enterpriseID,
                         region: regions[vacancy.regionID] ?? vacancy.regionID, kind: vacancy.kind, places: vacancy.headcount,
                         unfilled: Gap(unfilled: vacancy.headcount, placed: PersonCount(filled[index])),
                         missingSkills: (missing[index] ?? []).prefix(3).map { catalogue.taxonomy.skill(id: $0.skillID)?.label[language] ?? $0.skillID })
        }.sorted { ($0.unfilled, $1.vacancyID) > ($1.unfilled, $0.vacancyID) }
    }

    private func trainingNeeds(_ scoped: [Int], _ filled: [Int], _ missing: [Int: [(skillID: String, lacking: [Int])]],
                               _ language: Language) -> [MatchReport.TrainingNeedRow] {
        // A student near several of these vacancies is one person lacking the skill, not one per vacancy.
        var rows: [String: (vacancies: Int, places: Gap, lacking: Set<Int>)] = [:]
        for index in scoped where Self.lists(catalogue.vacancies[index], placed: filled[index]) {
            let free = Gap(unfilled: catalogue.vacancies[index].headcount, placed: PersonCount(filled[index]))
            for (skill, lacking) in missing[index] ?? [] {
                var row = rows[skill] ?? (0, .zero, [])
                row.vacancies += 1
                row.places = row.places + free
                row.lacking.formUnion(lacking)
                rows[skill] = row
            }
        }
        return rows.map { skill, row in
            MatchReport.TrainingNeedRow(skillID: skill, name: catalogue.taxonomy.skill(id: skill)?.label[language] ?? skill,
                                        vacancies: row.vacancies, places: row.places, candidatesLacking: PersonCount(row.lacking.count))
        }.sorted { ($0.places, $0.vacancies, $1.skillID) > ($1.places, $1.vacancies, $0.skillID) }
    }

    private func collegeRows(_ inScope: (String) -> Bool, _ language: Language) -> [MatchReport.CollegeRow] {
        let regions = Dictionary(uniqueKeysWithValues: catalogue.regions.map { ($0.id, $0.name[language]) })
        var studentsOf: [String: (all: Int, placed: Int)] = [:]
        for (index, student) in students.enumerated() {
            guard let college = student.collegeID else { continue }
            studentsOf[college, default: (0, 0)].all += 1
            if placements[index] != nil { studentsOf[college, default: (0, 0)].placed += 1 }
        }
        return catalogue.colleges.filter { inScope($0.regionID) }.map { college in
            let counts = studentsOf[college.id] ?? (0, 0)
            let all = PersonCount(counts.all), placed = PersonCount(counts.placed)
            return .init(collegeID: college.id, name: college.name[language], region: regions[college.regionID] ?? college.regionID,
                         seats: college.offerings.reduce(0) { $0 + $1.seatsPerYear }, students: all, placed: placed,
                         placementRate: DisclosureRule.rate(placed, over: all))
        }.sorted { ($0.students.shownOrder, $1.collegeID) > ($1.students.shownOrder, $0.collegeID) }
    }
}

extension ReportBuilder {
    /// The builder for a finished batch: its best vacancies and allocation, plus the near candidates of
    /// every vacancy the unfilled table lists (`lists`; a second pass with must-haves set aside).
    /// Assumes the batch matched all of `catalogue.vacancies` (no kind filter).
    public init(batch: BatchMatch, catalogue: Catalogue, students: [Student], referenceYear: Int,
                tiling: TilingOptions = TilingOptions()) throws {
        precondition(batch.vacancies.count == catalogue.vacancies.count, "the report needs a batch over every vacancy")
        let unfilled = catalogue.vacancies.indices.filter { Self.lists(catalogue.vacancies[$0], placed: batch.allocation.studentsAt[$0].count) }
        let near = try BatchMatch.nearCandidates(catalogue: catalogue, vacancies: unfilled.map { catalogue.vacancies[$0] },
                                                 students: students, referenceYear: referenceYear, tiling: tiling)
        var nearCandidates = [[Ranked]](repeating: [], count: catalogue.vacancies.count)
        for (position, vacancy) in unfilled.enumerated() { nearCandidates[vacancy] = near[position] }
        self.init(catalogue: catalogue, students: students,
                  bestVacancies: students.indices.map { batch.matches.bestVacancies(ofStudent: $0) },
                  placements: batch.allocation.placeOf, nearCandidates: nearCandidates, referenceYear: referenceYear)
    }
}
