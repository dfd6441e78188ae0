import Profiles
import ScoringCore

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

    /// Merges `list` (best first) into the best `k` students of `vacancy`.
    mutating func offerStudents(_ list: [Ranked], toVacancy vacancy: Int, k: Int) {
        let kept = bestStudents[vacancy]
        // Once a vacancy's list is full, most batches bring nobody better than its last.
        if kept.count == k, let first = list.first, let last = kept.last, !Ranked.isBetter(first, than: last) { return }
        bestStudents[vacancy] = kept.mergedBest(with: list, k: k)
    }

    /// The best vacancies of student `index`, best first.
    public func bestVacancies(ofStudent index: Int) -> [Ranked] {
        (0..<studentK).compactMap { slot in
            let vacancy = vacancyIndices[index * studentK + slot]
            return vacancy < 0 ? nil : Ranked(index: Int(vacancy), score: vacancyScores[index * studentK + slot])
        }
    }

    /// Share of the full product's multiply-adds (scores and must-have gate at full width) not computed.
    public var workSaved: Double {
        work.fullMultiplyAdds == 0 ? 0 : 1 - Double(work.multiplyAdds) / Double(work.fullMultiplyAdds)
    }
}
