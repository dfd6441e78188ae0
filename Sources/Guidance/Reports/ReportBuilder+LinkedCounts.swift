import Profiles

/// The counts that the reports of one cohort (the country's and each region's) link by sums, and the
/// figures withheld among them, chosen once so that a figure is withheld alike in every report it is in.
extension ReportBuilder {
    /// Keys of the linked counts.
    enum CountKey {
        static func vacancy(_ id: String) -> String { "vacancy:\(id)" }
        static func enterprise(_ id: String) -> String { "enterprise:\(id)" }
        /// People placed in a region's vacancies, or in all (nil): the summary's "placed".
        static func placed(in region: String?) -> String { region.map { "placed:\($0)" } ?? "placed" }
        /// Students in a region (its row, and the summary of its report), or in all (nil).
        static func students(in region: String?) -> String { region.map { "students:\($0)" } ?? "students" }
        static func collegeStudents(_ id: String) -> String { "college-students:\(id)" }
        static func collegePlaced(_ id: String) -> String { "college-placed:\(id)" }
    }

    /// People placed per vacancy, by the allocation.
    static func filledPlaces(_ placements: [Int?], vacancies: Int) -> [Int] {
        var filled = [Int](repeating: 0, count: vacancies)
        for place in placements { if let place { filled[place] += 1 } }
        return filled
    }

    /// Every count of persons the reports link, with what a reader knows of them:
    /// - a vacancy's people placed, shown through its unfilled places (a range beside "<10"); a vacancy
    ///   left out of the unfilled table is full with 10 or more placed, so its places are its people placed;
    /// - an enterprise's filled places = its vacancies' people placed;
    /// - a region's placed (its report's summary) = its enterprises' filled places; the country's = the regions';
    /// - the country's students = the regions' students;
    /// - a college's placed ≤ its students; all colleges' students ≤ the country's students, and their
    ///   placed ≤ the country's placed (schoolchildren belong to no college).
    static func linkedCounts(catalogue: Catalogue, students: [Student], placements: [Int?], filled: [Int]) -> LinkedCounts {
        var counts = LinkedCounts()
        let vacancies = catalogue.vacancies
        var vacancyCell: [Int: Int] = [:]
        for index in vacancies.indices where PersonCount(filled[index]).isSuppressed {
            vacancyCell[index] = counts.add(CountKey.vacancy(vacancies[index].id), value: filled[index],
                                            cap: vacancies[index].headcount, mayBeWithheld: false)
        }
        /// The cells of `indices` shown as "<10", and the people placed in the others, which a reader knows.
        func parts(_ indices: [Int]) -> (cells: [Int], known: Int) {
            (indices.compactMap { vacancyCell[$0] }, indices.filter { vacancyCell[$0] == nil }.reduce(0) { $0 + filled[$1] })
        }
        func places(_ indices: [Int]) -> Int { indices.reduce(0) { $0 + vacancies[$1].headcount } }
        func placed(_ indices: [Int]) -> Int { indices.reduce(0) { $0 + filled[$1] } }

        let byEnterprise = Dictionary(grouping: vacancies.indices) { vacancies[$0].enterpriseID }
        let regionOf = Dictionary(uniqueKeysWithValues: catalogue.enterprises.map { ($0.id, $0.regionID) })
        var enterpriseCell: [String: Int] = [:]
        for enterprise in catalogue.enterprises {
            let own = byEnterprise[enterprise.id] ?? []
            let cell = counts.add(CountKey.enterprise(enterprise.id), value: placed(own), cap: places(own))
            let (cells, known) = parts(own)
            counts.relate(total: cell, to: cells, plus: known)
            enterpriseCell[enterprise.id] = cell
        }
        var regionPlaced: [Int] = [], regionStudents: [Int] = []
        let studentsByRegion = Dictionary(grouping: students, by: \.regionID).mapValues(\.count)
        for region in catalogue.regions {
            let here = vacancies.indices.filter { vacancies[$0].regionID == region.id }
            let cell = counts.add(CountKey.placed(in: region.id), value: placed(here), cap: places(here))
            // An enterprise whose vacancies all lie in the region enters as its own figure; the vacancies of
            // one spread over regions enter one by one.
            let whole = Set(here.map { vacancies[$0].enterpriseID }).filter { id in
                regionOf[id] == region.id && (byEnterprise[id] ?? []).allSatisfy { vacancies[$0].regionID == region.id }
            }
            let (cells, known) = parts(here.filter { !whole.contains(vacancies[$0].enterpriseID) })
            counts.relate(total: cell, to: whole.sorted().compactMap { enterpriseCell[$0] } + cells, plus: known)
            regionPlaced.append(cell)
            regionStudents.append(counts.add(CountKey.students(in: region.id), value: studentsByRegion[region.id] ?? 0))
        }
        let country = counts.add(CountKey.placed(in: nil), value: placed(Array(vacancies.indices)), cap: places(Array(vacancies.indices)))
        counts.relate(total: country, to: regionPlaced)
        let everyone = counts.add(CountKey.students(in: nil), value: students.count)
        counts.relate(total: everyone, to: regionStudents)

        var collegeCounts: [String: (all: Int, placed: Int)] = [:]
        for (index, student) in students.enumerated() {
            guard let college = student.collegeID else { continue }
            collegeCounts[college, default: (0, 0)].all += 1
            if placements[index] != nil { collegeCounts[college, default: (0, 0)].placed += 1 }
        }
        var collegeStudents: [Int] = [], collegePlaced: [Int] = []
        for college in catalogue.colleges {
            let (all, placed) = collegeCounts[college.id] ?? (0, 0)
            collegeStudents.append(counts.add(CountKey.collegeStudents(college.id), value: all, mayBeWithheld: false))
            collegePlaced.append(counts.add(CountKey.collegePlaced(college.id), value: placed, mayBeWithheld: false))
            counts.bound([collegePlaced.last!], byAtMost: [collegeStudents.last!])
        }
        counts.bound(collegeStudents, byAtMost: [everyone])
        counts.bound(collegePlaced, byAtMost: [country])
        return counts
    }

    /// The keys of the figures withheld in every report of the cohort (`DisclosureRule.complements(in:)`).
    static func withheldKeys(catalogue: Catalogue, students: [Student], placements: [Int?]) -> Set<String> {
        let filled = filledPlaces(placements, vacancies: catalogue.vacancies.count)
        let counts = linkedCounts(catalogue: catalogue, students: students, placements: placements, filled: filled)
        return Set(DisclosureRule.complements(in: counts).map { counts.cells[$0].key })
    }
}
