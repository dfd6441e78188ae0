import Foundation
import Profiles

/// A pupil going through the questionnaire one item at a time: answer, go back, or stop. The terminal
/// (and later the web page) only shows `current` and passes on keys; the session keeps the answers and how
/// long each took.
public struct QuestionnaireSession: Sendable {
    public let items: [ItemBank.Item]
    public let form: QuestionnaireForm
    public private(set) var position = 0
    public private(set) var responses: [String: Int] = [:]
    public private(set) var seconds: [String: Double] = [:]

    /// What a pupil can do at an item.
    public enum Action: Sendable, Equatable {
        /// Answer 0 (strongly dislike) … 4 (strongly like).
        case answer(Int)
        case back
        case quit
    }

    public enum State: Sendable, Equatable { case asking, finished, stopped }
    public private(set) var state = State.asking

    public init(bank: ItemBank, form: QuestionnaireForm) {
        items = bank.presented(form)
        self.form = form
        if items.isEmpty { state = .finished }
    }

    /// The item being asked, or nil once finished or stopped.
    public var current: ItemBank.Item? { state == .asking ? items[position] : nil }

    /// Applies an action taken `elapsed` seconds after the item appeared.
    public mutating func apply(_ action: Action, elapsed: Double? = nil) {
        guard state == .asking else { return }
        switch action {
        case .answer(let value) where (0...ItemBank.highestResponse).contains(value):
            responses[items[position].id] = value
            if let elapsed { seconds[items[position].id] = elapsed }
            position += 1
            if position == items.count { state = .finished }
        case .answer: break
        case .back: position = max(0, position - 1)
        case .quit: state = .stopped
        }
    }

    /// The answers so far, for scoring and storing.
    public func answers(studentID: String, bank: ItemBank, language: Language) -> QuestionnaireAnswers {
        QuestionnaireAnswers(studentID: studentID, bankVersion: bank.version, form: form, language: language,
                             responses: responses, seconds: seconds)
    }
}
