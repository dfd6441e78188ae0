/// One pupil's answers to the questionnaire, kept raw so a later bank can rescore them.
public struct QuestionnaireAnswers: Sendable, Hashable, Codable {
    public var studentID: String
    public var bankVersion: String
    public var form: QuestionnaireForm
    /// The language the pupil read the items in (the statistics compare the kk, ru and en wordings).
    public var language: Language
    /// Item id → response 0 (strongly dislike) … 4 (strongly like). Items not answered are absent.
    public var responses: [String: Int]
    /// Item id → seconds the pupil took, where the terminal or web page measured it.
    public var seconds: [String: Double]

    public init(studentID: String, bankVersion: String, form: QuestionnaireForm, language: Language, responses: [String: Int],
                seconds: [String: Double] = [:]) {
        self.studentID = studentID
        self.bankVersion = bankVersion
        self.form = form
        self.language = language
        self.responses = responses
        self.seconds = seconds
    }
}

/// The six interest scores from a pupil's answers, with what makes them unreliable.
public struct QuestionnaireResult: Sendable, Hashable, Codable {
    /// The six scores, or nil when the answers are incomplete (then nothing is scored).
    public var interests: InterestScores?
    public var flags: Set<Flag>
    /// Items of the form answered, and how many it has.
    public var answered: Int
    public var itemCount: Int
    /// Median seconds per answered item, where timing is known.
    public var medianSeconds: Double?

    public enum Flag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Some items of the form have no answer: not scored.
        case incomplete
        /// All answers equal, or the six scores within `InterestScores.flatSpread`: the ranking must not
        /// pretend to know the pupil's interests.
        case flat
        /// Answered faster than `QuestionnaireScoring.tooFastSeconds` per item (median): perhaps not read.
        case tooFast = "too-fast"

        public static func < (a: Flag, b: Flag) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
    }
}

/// Scores answers (Docs/Questionnaire.md): a type's score is the sum of its items' responses (0–4) over the
/// most they can reach, so 0–1; deterministic.
public enum QuestionnaireScoring {
    /// Median seconds per item below which answers were too fast to have been read: a short item takes
    /// about two seconds to read aloud in the head, and choosing an answer about one more.
    public static let tooFastSeconds = 1.5

    public static func score(_ answers: QuestionnaireAnswers, bank: ItemBank) -> QuestionnaireResult {
        let items = bank.items(answers.form)
        let answered = items.filter { answers.responses[$0.id] != nil }
        let timed = answered.compactMap { answers.seconds[$0.id] }.sorted()
        let median = timed.isEmpty ? nil : timed.count % 2 == 1 ? timed[timed.count / 2] : (timed[timed.count / 2 - 1] + timed[timed.count / 2]) / 2
        var flags: Set<QuestionnaireResult.Flag> = []
        if let median, median < tooFastSeconds { flags.insert(.tooFast) }
        guard answered.count == items.count, !items.isEmpty else {
            flags.insert(.incomplete)
            return QuestionnaireResult(interests: nil, flags: flags, answered: answered.count, itemCount: items.count, medianSeconds: median)
        }
        var scores: [RIASEC: Double] = [:]
        for type in RIASEC.allCases {
            let ofType = items.filter { $0.type == type }
            let sum = ofType.reduce(0) { $0 + answers.responses[$1.id]! }
            scores[type] = Double(sum) / Double(ItemBank.highestResponse * ofType.count)
        }
        let interests = InterestScores(scores.mapValues { ($0 * 100).rounded() / 100 })
        if Set(answered.map { answers.responses[$0.id]! }).count == 1 || interests.isFlat { flags.insert(.flat) }
        return QuestionnaireResult(interests: interests, flags: flags, answered: answered.count, itemCount: items.count, medianSeconds: median)
    }
}
