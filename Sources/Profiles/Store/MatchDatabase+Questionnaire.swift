import Foundation
import GRDB

extension MatchDatabase {
    /// Scores a pupil's answers and stores them with the result (inside a transaction of the façade): the
    /// one path by which answers reach the store, from a terminal, a web page or a file of answer sheets.
    /// - Returns: the result, and whether anything changed (answers already stored, whose result the
    ///   pupil's interests already hold, are left as they are).
    static func submit(_ answers: QuestionnaireAnswers, bank: ItemBank, at time: Date, _ db: Database) throws
        -> (result: QuestionnaireResult, outcome: UpsertOutcome) {
        let result = QuestionnaireScoring.score(answers, bank: bank)
        let stored = try QuestionnaireAnswerRow.fetchOne(db, key: answers.studentID)
        if let stored, stored.answers == answers, stored.storedFlags == result.flags,
           try result.interests.map({ try interestsHeld($0, by: answers.studentID, db) }) ?? true {
            return (result, .unchanged)
        }
        try saveAnswers(answers, result: result, at: time, db)
        return (result, stored == nil ? .new : .changed)
    }

    /// Stores answers and, when scored, the pupil's interests (inside a transaction of the façade).
    static func saveAnswers(_ answers: QuestionnaireAnswers, result: QuestionnaireResult, at time: Date, _ db: Database) throws {
        guard try StudentRow.exists(db, key: answers.studentID) else { throw QuestionnaireStoreError.unknownStudent(answers.studentID) }
        try QuestionnaireAnswerRow(answers, flags: result.flags, answeredAt: time).save(db)
        guard let interests = result.interests else { return }
        // The record hash is cleared: the profile no longer matches the file it was imported from.
        try db.execute(sql: """
            UPDATE student SET interest_r = ?, interest_i = ?, interest_a = ?, interest_s = ?, interest_e = ?, interest_c = ?,
                               record_hash = '' WHERE id = ?
            """, arguments: StatementArguments(RIASEC.allCases.map { interests[$0] } as [Double]) + [answers.studentID])
    }

    private static func interestsHeld(_ interests: InterestScores, by studentID: String, _ db: Database) throws -> Bool {
        guard let row = try StudentRow.fetchOne(db, key: studentID) else { return false }
        return [row.interestR, row.interestI, row.interestA, row.interestS, row.interestE, row.interestC]
            == RIASEC.allCases.map { interests[$0] }
    }
}

extension MatchDatabase.ImportSession {
    /// Whether a student with this id is stored (or was stored earlier in this import).
    func studentExists(_ id: String) throws -> Bool { try StudentRow.exists(db, key: id) }

    /// Scores and stores a pupil's answer sheet, as `MatchDatabase.submitAnswers` does for one pupil.
    func submit(_ answers: QuestionnaireAnswers, bank: ItemBank, at time: Date) throws -> (result: QuestionnaireResult, outcome: UpsertOutcome) {
        try MatchDatabase.submit(answers, bank: bank, at: time, db)
    }
}

public enum QuestionnaireStoreError: Error, CustomStringConvertible, Equatable {
    case unknownStudent(String)

    public var description: String {
        switch self {
        case .unknownStudent(let id): "no student has the id '\(id)'"
        }
    }
}
