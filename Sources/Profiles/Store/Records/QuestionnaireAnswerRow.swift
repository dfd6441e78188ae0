import Foundation
import GRDB

/// A row of `questionnaire_answer`: a pupil's latest answers, raw, with the bank version and form they
/// answered, and the flags their scoring raised.
struct QuestionnaireAnswerRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "questionnaire_answer"

    var studentID: String
    var bankVersion: String
    var form: String
    var language: String
    /// `item:response;…` in item id order.
    var responses: String
    /// `item:seconds;…` for the items timed; empty when not.
    var seconds: String
    /// `;`-separated flags (`incomplete`, `flat`, `too-fast`).
    var flags: String
    var answeredAt: String

    enum CodingKeys: String, CodingKey {
        case studentID = "student_id", bankVersion = "bank_version", form, language, responses, seconds, flags, answeredAt = "answered_at"
    }

    enum Columns {
        static let studentID = Column(CodingKeys.studentID)
    }

    init(_ answers: QuestionnaireAnswers, flags: Set<QuestionnaireResult.Flag>, answeredAt: Date) {
        studentID = answers.studentID
        bankVersion = answers.bankVersion
        form = answers.form.rawValue
        language = answers.language.rawValue
        responses = answers.responses.keys.sorted().map { "\($0):\(answers.responses[$0]!)" }.joined(separator: ";")
        seconds = answers.seconds.keys.sorted().map { "\($0):\(answers.seconds[$0]!)" }.joined(separator: ";")
        self.flags = flags.sorted().map(\.rawValue).joined(separator: ";")
        self.answeredAt = answeredAt.formatted(.iso8601)
    }

    var answers: QuestionnaireAnswers {
        func pairs<V>(_ text: String, _ value: (Substring) -> V?) -> [String: V] {
            Dictionary(text.split(separator: ";").compactMap { pair in
                let parts = pair.split(separator: ":", maxSplits: 1)
                guard parts.count == 2, let v = value(parts[1]) else { return nil }
                return (String(parts[0]), v)
            }, uniquingKeysWith: { first, _ in first })
        }
        return QuestionnaireAnswers(studentID: studentID, bankVersion: bankVersion, form: QuestionnaireForm(rawValue: form) ?? .full,
                                    language: Language(rawValue: language) ?? .ru,
                                    responses: pairs(responses) { Int($0) }, seconds: pairs(seconds) { Double($0) })
    }

    var storedFlags: Set<QuestionnaireResult.Flag> {
        Set(flags.split(separator: ";").compactMap { QuestionnaireResult.Flag(rawValue: String($0)) })
    }
}
