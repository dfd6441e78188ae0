import Foundation
import GRDB

extension MatchDatabase {
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
}

public enum QuestionnaireStoreError: Error, CustomStringConvertible, Equatable {
    case unknownStudent(String)

    public var description: String {
        switch self {
        case .unknownStudent(let id): "no student has the id '\(id)'"
        }
    }
}
