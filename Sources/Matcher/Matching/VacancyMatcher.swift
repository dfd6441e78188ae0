import Profiles
import ScoringCore
import Allocation

/// Matches a stream of students against vacancies in one pass: the best vacancies of every student and
/// the best students of every vacancy, eligible pairs only.
///
/// Work that cannot produce an eligible pair is never done. Students are cut into blocks by every rule
/// known before the product — region and relocation, stage, age, consent (`EligibilityBlocks`) — and
/// each block is multiplied only against the vacancies its students may be matched with; within a
/// tile only the feature columns that both sides use are multiplied (`ScoreTiler.runGathered`), and
/// must-haves are checked only for the scores that would enter a list (`CandidateFilter`). Students are
/// buffered per block and scored `batchSize` at a time, so memory does not grow with students × vacancies.
///
/// Results do not depend on tiles, workers, batches or the order of rows and columns within a run:
/// every dot product is a whole number that float sums exactly, and lists rank equal scores by index.
public struct VacancyMatcher: Sendable {
    public let catalogue: Catalogue
    public let vacancies: [Vacancy]
    public let space: SkillSpace
    public let eligibility: Eligibility
    public var tiling: TilingOptions
    public var batchSize: Int

    let regionIndex: [String: Int]
    let blocks: EligibilityBlocks
    let mustHaves: MustHaveTerms
    /// Every vacancy's vector, and the scale that turns its dot product into a score.
    let items: SparseRows
    let scales: [Float]
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
        let regionIndex = Dictionary(uniqueKeysWithValues: catalogue.regions.enumerated().map { ($1.id, $0) })
        self.regionIndex = regionIndex
        blocks = EligibilityBlocks(vacancies: vacancies, regionIndex: regionIndex, rules: eligibility)
        mustHaves = MustHaveTerms(vacancies: vacancies)
        let codes = Dictionary(uniqueKeysWithValues: catalogue.specialties.map { ($0.id, $0.interestCode) })
        self.codes = codes
        var scales = [Float](repeating: 0, count: vacancies.count)
        items = try SparseRows(rows: vacancies.count, columns: space.vacancyWidth) { row, buffer in
            let vacancy = vacancies[row]
            scales[row] = space.writeVacancyItem(vacancy, interestCode: Self.interestCode(of: vacancy, codes), into: buffer)
        }
        self.scales = scales
    }

    /// The Holland code a vacancy is scored with: that of its first listed specialty (none when it lists none).
    public func interestCode(of vacancy: Vacancy) -> [RIASEC] { Self.interestCode(of: vacancy, codes) }

    /// Scores every student in `students` (which must be in id order) against the vacancies.
    /// - Parameters:
    ///   - studentK: vacancies to keep per student.
    ///   - vacancyK: students to keep per vacancy.
    /// - Returns: the lists, indices referring to the position in `students` and in `vacancies`.
    /// - Complexity: O(Σ block students × block vacancies × shared columns) multiply-adds; memory
    ///   O(batchSize × width × blocks + students × studentK + non-zeros of the vacancies).
    public func match<S: Sequence>(_ students: S, studentK: Int, vacancyK: Int,
                                   progress: ((Int) -> Void)? = nil) throws -> VacancyMatches where S.Element == Student {
        var result = VacancyMatches(studentK: studentK, vacancyCount: vacancies.count)
        var open: [EligibilityBlocks.Key: Block] = [:]
        var seen = 0
        let fullWidth = space.vacancyWidth + space.gateWidth
        for student in students {
            result.appendStudent()
            result.work.fullMultiplyAdds += vacancies.count * fullWidth
            let key = blocks.key(of: student)
            if open[key] == nil { open[key] = Block(vacancies: blocks.vacancies(of: key)) }
            seen += 1
            guard !open[key]!.vacancies.isEmpty, studentK > 0 || vacancyK > 0 else { continue }
            open[key]!.students.append((seen - 1, student))
            if open[key]!.students.count >= batchSize {
                try score(open[key]!, terms: key, studentK: studentK, vacancyK: vacancyK, into: &result)
                open[key]!.students.removeAll(keepingCapacity: true)
                progress?(seen)
            }
        }
        // Blocks in a fixed order, so that the work is the same from run to run.
        for (key, block) in open.sorted(by: { Self.precedes($0.key, $1.key) }) where !block.students.isEmpty {
            try score(block, terms: key, studentK: studentK, vacancyK: vacancyK, into: &result)
        }
        progress?(seen)
        return result
    }

    /// The students of one block waiting to be scored, and the vacancies they can reach.
    struct Block {
        let vacancies: [Int32]
        var students: [(index: Int, student: Student)] = []
    }

    private static func precedes(_ a: EligibilityBlocks.Key, _ b: EligibilityBlocks.Key) -> Bool {
        let x = (a.region ?? .max, a.kinds, a.minimumAge, a.visibleToEmployers ? 1 : 0)
        let y = (b.region ?? .max, b.kinds, b.minimumAge, b.visibleToEmployers ? 1 : 0)
        return x < y
    }

    private func score(_ block: Block, terms: EligibilityBlocks.Key, studentK: Int, vacancyK: Int,
                       into result: inout VacancyMatches) throws {
        let clock = ContinuousClock(), started = clock.now
        defer { result.scoringSeconds += (clock.now - started).inSeconds }
        // Students of one stage and specialty side by side share feature columns within a tile.
        let keys = block.students.map { (stage: $0.student.stage.sortRank, specialty: $0.student.specialtyID ?? "") }
        let batch = block.students.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : a < b
        }.map { block.students[$0] }
        let students = batch.map(\.student)
        let queries = try Self.matrix(rows: students.count, columns: space.vacancyWidth) { row, buffer in
            space.writeVacancyQuery(students[row], into: buffer)
        }
        let filter = CandidateFilter(students: students, vacancyIDs: block.vacancies, catalogue: mustHaves)
        let scales = block.vacancies.map { self.scales[Int($0)] }
        let ids = (rows: batch.map { Int32($0.index) }, columns: block.vacancies)
        let tiled = try ScoreTiler(options: tiling).runGathered(queries: queries, items: items, itemRows: block.vacancies) { _ in
            ColumnScaledCollector(RowColumnTopKCollector(rows: batch.count, columns: block.vacancies.count, rowK: studentK,
                                                         columnK: vacancyK, filter: filter, ids: ids), scales: scales)
        }
        let run = (rows: tiled.collector.inner.rowResult, columns: tiled.collector.inner.columnResult)
        result.work.multiplyAdds += tiled.work.multiplyAdds
        for (row, entry) in batch.enumerated() where studentK > 0 {
            let list = zip(run.rows.indices(of: row), run.rows.scores(of: row)).map { Ranked(index: Int($0), score: $1) }
            result.setStudentList(entry.index, list)
        }
        for (column, vacancy) in block.vacancies.enumerated() where vacancyK > 0 {
            let indices = run.columns.indices(of: column)
            guard !indices.isEmpty else { continue }
            result.offerStudents(zip(indices, run.columns.scores(of: column)).map { Ranked(index: Int($0), score: $1) },
                                 toVacancy: Int(vacancy), k: vacancyK)
        }
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

extension Stage {
    /// Schoolchildren, then college students, then graduates; by grade or course within each.
    var sortRank: Int {
        switch self {
        case .school(let grade): grade
        case .college(let course): 100 + course
        case .graduate: 200
        }
    }
}
