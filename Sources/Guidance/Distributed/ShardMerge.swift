import Foundation
import Matcher
import Profiles
import ScoringCore

/// The shards' output lines merged over the whole cohort, on one machine: each student's best vacancies
/// (whole in the one shard that had the student), each vacancy's lists merged in the order of one run
/// (score descending, then student id ascending), and the shards' counts summed.
public struct ShardMerge: Sendable {
    public let catalogue: Catalogue
    /// The cohort, in id order: positions in the lists refer to it.
    public let students: [Student]
    public let checksum: String
    private let studentIndex: [String: Int]
    private let vacancyIndex: [String: Int]
    private var best: [[Ranked]?]
    /// For every vacancy (catalogue order), its best eligible students and its near candidates.
    public private(set) var shortlists: [[Ranked]]
    public private(set) var nearCandidates: [[Ranked]]
    /// The shards' counts, summed.
    public private(set) var counted = 0, withoutVacancies = 0, multiplyAdds = 0

    /// - Parameter students: the cohort the shards were given, in any order.
    public init(snapshot: CatalogueSnapshot, students: [Student]) {
        catalogue = snapshot.catalogue
        checksum = snapshot.checksum
        self.students = students.sorted { $0.id < $1.id }
        studentIndex = Dictionary(self.students.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        vacancyIndex = Dictionary(uniqueKeysWithValues: catalogue.vacancies.enumerated().map { ($1.id, $0) })
        best = Array(repeating: nil, count: students.count)
        shortlists = Array(repeating: [], count: catalogue.vacancies.count)
        nearCandidates = shortlists
    }

    /// Adds every line of a file of shard output (one shard's, several concatenated, or already merged).
    /// - Parameter file: the name errors give for it.
    public mutating func add(contentsOf path: String, file: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        for (number, text) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where !text.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
            guard let line = try? decoder.decode(ShardLine.self, from: text) else { throw DistributedError.notAShardLine(file: file, line: number + 1) }
            try add(line, file: file, line: number + 1)
        }
    }

    /// Adds one line, from `file` at `line` (named in errors).
    public mutating func add(_ line: ShardLine, file: String, line number: Int) throws(DistributedError) {
        if let id = line.student, let vacancies = line.vacancies {
            guard let student = studentIndex[id] else { throw .unknownRecord(file: file, line: number, kind: .student, id: id) }
            guard best[student] == nil else { throw .studentTwice(file: file, line: number, id: id) }
            best[student] = try vacancies.map { entry throws(DistributedError) in
                guard let vacancy = vacancyIndex[entry.id] else { throw .unknownRecord(file: file, line: number, kind: .vacancy, id: entry.id) }
                return Ranked(index: vacancy, score: entry.score)
            }
        } else if let id = line.vacancy, let shortlist = line.shortlist, let near = line.near {
            guard let vacancy = vacancyIndex[id] else { throw .unknownRecord(file: file, line: number, kind: .vacancy, id: id) }
            let studentIndex = studentIndex
            let ranked = { (entries: [ShardLine.Entry]) throws(DistributedError) -> [Ranked] in
                // Best first by score, then by position in the cohort, which is id order: as one run ranks them.
                try entries.map { entry throws(DistributedError) in
                    guard let student = studentIndex[entry.id] else { throw .unknownRecord(file: file, line: number, kind: .student, id: entry.id) }
                    return Ranked(index: student, score: entry.score)
                }.sorted(by: Ranked.isBetter)
            }
            shortlists[vacancy] = shortlists[vacancy].mergedBest(with: try ranked(shortlist), k: BatchMatch.defaultShortlistLength)
            nearCandidates[vacancy] = nearCandidates[vacancy].mergedBest(with: try ranked(near), k: BatchMatch.defaultNearCandidates)
        } else if let counts = line.shard {
            guard counts.snapshot == checksum else { throw .otherSnapshot(file: file, line: number, found: counts.snapshot, expected: checksum) }
            counted += counts.students
            withoutVacancies += counts.withoutVacancies
            multiplyAdds += counts.multiplyAdds
        } else {
            throw .notAShardLine(file: file, line: number)
        }
    }

    /// Every student's best vacancies, once every student has been reported and the counts agree.
    /// - Parameter file: the name errors give for the shards' output.
    public func bestVacancies(file: String) throws(DistributedError) -> [[Ranked]] {
        let missing = best.indices.filter { best[$0] == nil }
        if let first = missing.first { throw .missingStudents(count: missing.count, example: students[first].id) }
        guard counted == students.count else { throw .countsDisagree(file: file, counted: counted, read: students.count) }
        return best.map { $0! }
    }
}
