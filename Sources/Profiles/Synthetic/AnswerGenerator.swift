/// Seeded questionnaire answers from a known six-factor model, for testing that the statistics recover
/// the structure: each pupil has a latent interest per RIASEC type; an item's response is its type's
/// interest plus noise, cut into the five answer points.
public struct AnswerGenerator: Sendable, IteratorProtocol {
    private let bank: ItemBank
    private let form: QuestionnaireForm
    private let count: Int
    /// Standard deviation of an item's noise against its factor's spread of 1: smaller noise, higher alpha.
    private let noise: Double
    private var produced = 0
    private var random: SplitMix64

    public init(bank: ItemBank, form: QuestionnaireForm, count: Int, seed: UInt64, noise: Double = 0.6) {
        self.bank = bank
        self.form = form
        self.count = count
        self.noise = noise
        random = SplitMix64(seed: seed)
    }

    public mutating func next() -> QuestionnaireAnswers? {
        guard produced < count else { return nil }
        produced += 1
        let latent = RIASEC.allCases.map { _ in random.normal() }
        var responses: [String: Int] = [:], seconds: [String: Double] = [:]
        for item in bank.items(form) {
            let value = latent[item.type.index] + noise * random.normal()
            // Cut points at −1.2, −0.4, 0.4, 1.2: a roughly symmetric five-point answer.
            responses[item.id] = [-1.2, -0.4, 0.4, 1.2].filter { value > $0 }.count
            seconds[item.id] = 2 + 3 * random.unit()
        }
        let language = Language.allCases[Int(random.unit() * Double(Language.allCases.count))]
        return QuestionnaireAnswers(studentID: "q-\(produced)", bankVersion: bank.version, form: form, language: language,
                                    responses: responses, seconds: seconds)
    }
}
