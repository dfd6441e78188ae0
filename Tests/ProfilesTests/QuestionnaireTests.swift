import Foundation
import Testing
@testable import Profiles
import TestSupport

@Suite("Questionnaire: the item bank and its scoring")
struct QuestionnaireTests {
    let bank: ItemBank

    init() throws { bank = try ItemBank.load(from: Fixtures.shippedData) }

    @Test func theShippedBankHasSixtyItemsInThreeLanguagesAndAThirtyItemShortForm() {
        #expect(bank.items.count == 60 && bank.items(.short).count == 30)
        for item in bank.items { #expect(!item.text.kk.isEmpty && !item.text.ru.isEmpty && !item.text.en.isEmpty, "\(item.id)") }
        #expect(Set(bank.items.map(\.text.kk)).count == 60 && Set(bank.items.map(\.text.ru)).count == 60)
        #expect(bank.scale.count == 5)
        // Presented one type after another, never the same type twice in a row
        let order = bank.presented(.short).map(\.type)
        #expect(order.count == 30 && zip(order, order.dropFirst()).allSatisfy { $0 != $1 })
    }

    func answers(_ form: QuestionnaireForm, _ response: (ItemBank.Item) -> Int?, seconds: Double? = nil) -> QuestionnaireAnswers {
        let items = bank.items(form)
        return QuestionnaireAnswers(
            studentID: "st-1", bankVersion: bank.version, form: form, language: .kk,
            responses: Dictionary(uniqueKeysWithValues: items.compactMap { item in response(item).map { (item.id, $0) } }),
            seconds: seconds.map { s in Dictionary(uniqueKeysWithValues: items.map { ($0.id, s) }) } ?? [:])
    }

    @Test func areaScoresAreSumsOverTheMostTheyCanReach() throws {
        // A pupil who strongly likes realistic work (4), likes investigative (3) and dislikes the rest (1)
        let result = QuestionnaireScoring.score(answers(.full) { ["R": 4, "I": 3][$0.type.rawValue] ?? 1 }, bank: bank)
        let interests = try #require(result.interests)
        #expect(interests[.realistic] == 1 && interests[.investigative] == 0.75 && interests[.social] == 0.25)
        #expect(result.flags.isEmpty && result.answered == 60)
        // The same answers on the short form give the same scores
        #expect(QuestionnaireScoring.score(answers(.short) { ["R": 4, "I": 3][$0.type.rawValue] ?? 1 }, bank: bank).interests == interests)
    }

    @Test func incompleteFlatAndTooFastAreFlagged() {
        let incomplete = QuestionnaireScoring.score(answers(.short) { $0.id == "R01" ? nil : 3 }, bank: bank)
        #expect(incomplete.interests == nil && incomplete.flags == [.incomplete] && incomplete.answered == 29)
        let allLike = QuestionnaireScoring.score(answers(.short) { _ in 3 }, bank: bank)
        #expect(allLike.flags == [.flat] && allLike.interests?[.artistic] == 0.75)
        // Six scores within 0.15 of each other are flat even when the answers differ
        let nearlyFlat = QuestionnaireScoring.score(answers(.full) { $0.type == .realistic && $0.id < "R05" ? 4 : 3 }, bank: bank)
        #expect(nearlyFlat.flags == [.flat])
        let fast = QuestionnaireScoring.score(answers(.short, { 2 + ($0.type == .social ? 2 : 0) }, seconds: 0.8), bank: bank)
        #expect(fast.flags == [.tooFast] && fast.medianSeconds == 0.8)
        #expect(QuestionnaireScoring.score(answers(.short, { $0.type == .social ? 4 : 1 }, seconds: 3), bank: bank).flags.isEmpty)
    }
}

@Suite("Questionnaire statistics recover a known six-factor structure")
struct ScaleStatisticsTests {
    @Test(arguments: [QuestionnaireForm.full, .short])
    func alphaAndItemTotalCorrelations(form: QuestionnaireForm) throws {
        let bank = try ItemBank.load(from: Fixtures.shippedData)
        let answers = Array(IteratorSequence(AnswerGenerator(bank: bank, form: form, count: 800, seed: 7)))
        let statistics = ScaleStatistics.compute(answers, bank: bank, form: form)
        #expect(statistics.count == 6)
        for scale in statistics {
            #expect(scale.respondents == 800)
            #expect((scale.alpha ?? 0) >= 0.8, "\(scale.type) alpha \(scale.alpha ?? .nan)")
            #expect(scale.itemTotal.allSatisfy { ($0.correlation ?? 0) > 0.4 }, "\(scale.type)")
        }
        // The structure: an item correlates with its own scale's total, not with another's
        let realistic = answers.map { a in bank.items(form).filter { $0.type == .realistic }.reduce(0.0) { $0 + Double(a.responses[$1.id]!) } }
        let socialItem = answers.map { Double($0.responses[bank.items(form).first { $0.type == .social }!.id]!) }
        #expect(abs(ScaleStatistics.correlation(socialItem, realistic) ?? 1) < 0.15)
    }

    @Test func pureNoiseHasLowAlpha() throws {
        let bank = try ItemBank.load(from: Fixtures.shippedData)
        let answers = Array(IteratorSequence(AnswerGenerator(bank: bank, form: .full, count: 500, seed: 3, noise: 6)))
        #expect(ScaleStatistics.compute(answers, bank: bank, form: .full).allSatisfy { ($0.alpha ?? 1) < 0.5 })
    }

    @Test func theOracleAlphaOfAHandComputedExample() {
        // Three items, four pupils: item variances 5/3, 11/12, 19/12; sums 4, 7, 9, 12 with variance 34/3
        // → alpha = 3/2 × (1 − (50/12) / (34/3)) = 0.94853
        let x = [[1.0, 2, 1], [2, 2, 3], [3, 3, 3], [4, 4, 4]]
        let total = ScaleStatistics.variance(x.map { $0.reduce(0, +) })!
        let items = (0..<3).map { c in ScaleStatistics.variance(x.map { $0[c] })! }
        #expect(abs(1.5 * (1 - items.reduce(0, +) / total) - 0.94853) < 1e-5)
    }
}

@Suite("Questionnaire answers in the store")
struct QuestionnaireStoreTests {
    @Test func answersAreKeptRawAndScoredOntoThePupilAndForgottenWithThem() throws {
        let database = try Fixtures.database(students: 20, seed: 2)
        let bank = try ItemBank.load(from: Fixtures.shippedData)
        let pupil = try #require(try database.students().first { $0.stage.isSchool })
        let answers = QuestionnaireAnswers(studentID: pupil.id, bankVersion: bank.version, form: .short, language: .ru,
                                           responses: Dictionary(uniqueKeysWithValues: bank.items(.short).map { ($0.id, $0.type == .artistic ? 4 : 1) }),
                                           seconds: ["A01": 2.5])
        let result = QuestionnaireScoring.score(answers, bank: bank)
        try database.saveAnswers(answers, result: result)
        let stored = try #require(try database.answers(of: pupil.id))
        #expect(stored.answers == answers && stored.flags == result.flags)
        let rescored = try #require(try database.student(id: pupil.id))
        #expect(rescored.interests[.artistic] == 1 && rescored.interests[.realistic] == 0.25)
        // Incomplete answers are kept but leave the interests alone
        var partial = answers
        partial.responses["R01"] = nil
        try database.saveAnswers(partial, result: QuestionnaireScoring.score(partial, bank: bank))
        #expect(try database.student(id: pupil.id)?.interests == rescored.interests)
        #expect(try database.answers(of: pupil.id)?.flags == [.incomplete])
        // An unknown pupil is refused; forget removes the answers
        #expect(throws: QuestionnaireStoreError.unknownStudent("nobody")) {
            try database.saveAnswers(QuestionnaireAnswers(studentID: "nobody", bankVersion: "x", form: .short, language: .kk, responses: [:]), result: result)
        }
        try database.forget(studentID: pupil.id)
        #expect(try database.answers(of: pupil.id) == nil && database.storedRowCount(aboutStudent: pupil.id) == 0)
    }
}
