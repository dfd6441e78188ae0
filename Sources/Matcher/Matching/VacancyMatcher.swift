import Profiles
import ScoringCore
import Allocation

/// Matches a stream of students against vacancies in one pass: the best vacancies of every student and
/// the best students of every vacancy, eligible pairs only.
///
/// Work that cannot produce an eligible pair is skipped: students who will not move beyond their region
/// are multiplied only against their region's vacancies; only those willing to move anywhere meet every
/// vacancy. Students are buffered per region group and scored `batchSize` at a time, so memory does not
/// grow with students × vacancies.
public struct VacancyMatcher: Sendable {
    public let catalogue: Catalogue
    public let vacancies: [Vacancy]
    public let space: SkillSpace
    public let eligibility: Eligibility
    public var tiling: TilingOptions
    public var batchSize: Int

    private let regionIndex: [String: Int]
    /// Per region group (each region, then "anywhere"): the vacancies it can reach, as indices into `vacancies`.
    private let groupVacancies: [[Int]]
    private let groupItems: [DenseMatrix]
    private let groupGateItems: [DenseMatrix?]
    private let groupScales: [[Float]]
    /// Holland code by specialty id.
    private let codes: [String: [RIASEC]]

    public init(catalogue: Catalogue, vacancies: [Vacancy]? = nil, referenceYear: Int,
                tiling: TilingOptions = TilingOptions(), batchSize: Int = 4096) throws {
        self.catalogue = catalogue
        let vacancies = vacancies ?? catalogue.vacancies
        self.vacancies = vacancies
        let space = SkillSpace(catalogue: catalogue, vacancies: vacancies, specialties: [])
        self.space = space
        eligibility = Eligibility(referenceYear: referenceYear)
        self.tiling = tiling
        self.batchSize = max(1, batchSize)
        regionIndex = Dictionary(uniqueKeysWithValues: catalogue.regions.enumerated().map { ($1.id, $0) })
        var groups = catalogue.regions.map { region in vacancies.indices.filter { vacancies[$0].regionID == region.id } }
        groups.append(Array(vacancies.indices))
        groupVacancies = groups
        let codes = Dictionary(uniqueKeysWithValues: catalogue.specialties.map { ($0.id, $0.interestCode) })
        self.codes = codes
        var scales = [Float](repeating: 0, count: vacancies.count)
        let items = try Self.matrix(rows: vacancies.count, columns: space.vacancyWidth) { row, buffer in
            let vacancy = vacancies[row]
            scales[row] = space.writeVacancyItem(vacancy, interestCode: Self.interestCode(of: vacancy, codes), into: buffer)
        }
        groupItems = try groups.map { members in
            try Self.matrix(rows: members.count, columns: space.vacancyWidth) { row, buffer in
                for column in 0..<space.vacancyWidth { buffer[column] = items[members[row], column] }
            }
        }
        groupScales = groups.map { $0.map { scales[$0] } }
        groupGateItems = try groups.map { members in
            space.gateWidth == 0 ? nil : try Self.matrix(rows: members.count, columns: space.gateWidth) { row, buffer in
                space.writeGateItem(vacancies[members[row]], into: buffer)
            }
        }
    }

    /// The Holland code a vacancy is scored with: that of its first listed specialty (none when it lists none).
    public func interestCode(of vacancy: Vacancy) -> [RIASEC] { Self.interestCode(of: vacancy, codes) }

    /// The region group of a student: their region, or the last group when they would move anywhere.
    func group(of student: Student) -> Int {
        Eligibility.onlyRegion(of: student).flatMap { regionIndex[$0] } ?? groupVacancies.count - 1
    }

    /// Scores every student in `students` (which must be in id order) against the vacancies.
    /// - Parameters:
    ///   - studentK: vacancies to keep per student.
    ///   - vacancyK: students to keep per vacancy.
    /// - Returns: the lists, indices referring to the position in `students` and in `vacancies`.
    /// - Complexity: O(Σ group students × group vacancies × width) multiply-adds; memory O(batchSize × width
    ///   × groups + students × studentK).
    public func match<S: Sequence>(_ students: S, studentK: Int, vacancyK: Int,
                                   progress: ((Int) -> Void)? = nil) throws -> VacancyMatches where S.Element == Student {
        var result = VacancyMatches(studentK: studentK, vacancyCount: vacancies.count)
        var buffers = [[(index: Int, student: Student)]](repeating: [], count: groupVacancies.count)
        var seen = 0
        for student in students {
            let group = group(of: student)
            buffers[group].append((seen, student))
            result.appendStudent()
            seen += 1
            if buffers[group].count >= batchSize {
                try score(buffers[group], group: group, studentK: studentK, vacancyK: vacancyK, into: &result)
                buffers[group].removeAll(keepingCapacity: true)
                progress?(seen)
            }
        }
        for group in buffers.indices where !buffers[group].isEmpty {
            try score(buffers[group], group: group, studentK: studentK, vacancyK: vacancyK, into: &result)
        }
        progress?(seen)
        return result
    }

    /// The best `k` students of every vacancy, and how many students each rule excludes from it, counted
    /// in the same pass that ranks them. Every student meets every vacancy (no region grouping), so this
    /// is for a shortlist's few vacancies; the batch uses `match`.
    /// - Parameter students: in id order.
    /// - Complexity: O(students × vacancies × width) multiply-adds; memory O(batchSize × width + vacancies × k).
    public func shortlists(_ students: [Student], k: Int) throws -> (best: [[Ranked]], counts: [ExclusionCounts]) {
        var best = [[Ranked]](repeating: [], count: vacancies.count)
        var counts = [ExclusionCounts](repeating: ExclusionCounts(), count: vacancies.count)
        let everyone = groupVacancies.count - 1
        for start in stride(from: 0, to: students.count, by: batchSize) {
            let batch = Array(students[start..<min(start + batchSize, students.count)])
            let (queries, gate, filter) = try operands(batch, group: everyone)
            let tiled = try ScoreTiler(options: tiling).run(queries: queries, items: groupItems[everyone], gate: gate) { _ in
                ExclusionCountingCollector(
                    ColumnScaledCollector(RowColumnTopKCollector(rows: batch.count, columns: vacancies.count, rowK: 0, columnK: k,
                                                                 filter: filter), scales: groupScales[everyone]),
                    filter: filter, columns: vacancies.count)
            }
            let columns = tiled.collector.inner.inner.columnResult
            for vacancy in vacancies.indices {
                let list = zip(columns.indices(of: vacancy), columns.scores(of: vacancy)).map { Ranked(index: start + Int($0), score: $1) }
                best[vacancy] = best[vacancy].mergedBest(with: list, k: k)
                counts[vacancy] = counts[vacancy] + tiled.collector.counts[vacancy]
            }
        }
        return (best, counts)
    }

    private func score(_ batch: [(index: Int, student: Student)], group: Int, studentK: Int, vacancyK: Int,
                       into result: inout VacancyMatches) throws {
        let clock = ContinuousClock(), started = clock.now
        defer { result.scoringSeconds += (clock.now - started).inSeconds }
        let members = groupVacancies[group]
        let students = batch.map(\.student)
        result.work.fullMultiplyAdds += batch.count * vacancies.count * (space.vacancyWidth + space.gateWidth)
        guard !members.isEmpty, studentK > 0 || vacancyK > 0 else { return }
        let (queries, gate, filter) = try operands(students, group: group)
        let scales = groupScales[group]
        let tiled = try ScoreTiler(options: tiling).run(queries: queries, items: groupItems[group], gate: gate) { _ in
            ColumnScaledCollector(RowColumnTopKCollector(rows: batch.count, columns: members.count, rowK: studentK, columnK: vacancyK, filter: filter),
                                  scales: scales)
        }
        let run = (rows: tiled.collector.inner.rowResult, columns: tiled.collector.inner.columnResult)
        result.work.multiplyAdds += tiled.work.multiplyAdds
        for (row, entry) in batch.enumerated() {
            let list = zip(run.rows.indices(of: row), run.rows.scores(of: row)).map { Ranked(index: members[Int($0)], score: $1) }
            result.setStudentList(entry.index, list)
        }
        for (column, vacancy) in members.enumerated() where vacancyK > 0 {
            let list = zip(run.columns.indices(of: column), run.columns.scores(of: column)).map { Ranked(index: batch[Int($0)].index, score: $1) }
            result.bestStudents[vacancy] = result.bestStudents[vacancy].mergedBest(with: list, k: vacancyK)
        }
    }

    /// The students' vectors, their gate product with the group's must-haves, and the eligibility
    /// filter against the group's vacancies.
    private func operands(_ students: [Student], group: Int) throws -> (DenseMatrix, GateProduct?, EligibilityFilter) {
        let queries = try Self.matrix(rows: students.count, columns: space.vacancyWidth) { row, buffer in
            space.writeVacancyQuery(students[row], into: buffer)
        }
        let gate = try groupGateItems[group].map { items in
            try GateProduct(queries: Self.matrix(rows: students.count, columns: space.gateWidth) { row, buffer in
                space.writeGateQuery(students[row], into: buffer)
            }, items: items)
        }
        let filter = EligibilityFilter(students: students, vacancies: groupVacancies[group].map { vacancies[$0] }, rules: eligibility,
                                       regionIndex: regionIndex)
        return (queries, gate, filter)
    }

    static func interestCode(of vacancy: Vacancy, _ codes: [String: [RIASEC]]) -> [RIASEC] {
        vacancy.specialtyIDs.first.flatMap { codes[$0] } ?? []
    }

    static func matrix(rows: Int, columns: Int, fill: (Int, UnsafeMutableBufferPointer<Float>) -> Void) throws -> DenseMatrix {
        var storage = [Float](repeating: 0, count: rows * columns)
        storage.withUnsafeMutableBufferPointer { buffer in
            for row in 0..<rows { fill(row, UnsafeMutableBufferPointer(rebasing: buffer[row * columns..<(row + 1) * columns])) }
        }
        return try DenseMatrix(rows: rows, columns: columns, storage: storage)
    }
}

/// The result of `VacancyMatcher.match`: best vacancies per student and best students per vacancy.
public struct VacancyMatches: Sendable {
    public let studentK: Int
    /// `studentCount × studentK` vacancy indices (-1 pads) and scores.
    private var vacancyIndices: [Int32] = []
    private var vacancyScores: [Float] = []
    /// For every vacancy, the best students (indices into the student sequence), best first.
    public var bestStudents: [[Ranked]]
    /// Multiply-adds computed, and those the full product would have needed.
    public var work = (multiplyAdds: 0, fullMultiplyAdds: 0)
    /// Time spent vectorising, multiplying and collecting (not reading or generating students).
    public var scoringSeconds = 0.0

    init(studentK: Int, vacancyCount: Int) {
        self.studentK = studentK
        bestStudents = Array(repeating: [], count: vacancyCount)
    }

    public var studentCount: Int { studentK == 0 ? 0 : vacancyIndices.count / studentK }

    mutating func appendStudent() {
        vacancyIndices.append(contentsOf: repeatElement(-1, count: studentK))
        vacancyScores.append(contentsOf: repeatElement(-.infinity, count: studentK))
    }

    mutating func setStudentList(_ student: Int, _ list: [Ranked]) {
        for (slot, entry) in list.prefix(studentK).enumerated() {
            vacancyIndices[student * studentK + slot] = Int32(entry.index)
            vacancyScores[student * studentK + slot] = entry.score
        }
    }

    /// The best vacancies of student `index`, best first.
    public func bestVacancies(ofStudent index: Int) -> [Ranked] {
        (0..<studentK).compactMap { slot in
            let vacancy = vacancyIndices[index * studentK + slot]
            return vacancy < 0 ? nil : Ranked(index: Int(vacancy), score: vacancyScores[index * studentK + slot])
        }
    }

    /// Share of the full product's multiply-adds that region grouping skipped.
    public var workSaved: Double {
        work.fullMultiplyAdds == 0 ? 0 : 1 - Double(work.multiplyAdds) / Double(work.fullMultiplyAdds)
    }
}
