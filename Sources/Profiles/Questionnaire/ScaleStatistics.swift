/// How well the questionnaire measures, from many pupils' complete answers (Docs/Questionnaire.md):
/// per scale (RIASEC type) Cronbach's alpha, each item's corrected item–total correlation, and the
/// distribution of the scale's scores.
public struct ScaleStatistics: Sendable, Hashable, Codable {
    public var type: RIASEC
    /// Pupils whose answers to every item of the scale were counted.
    public var respondents: Int
    /// Cronbach's alpha: k/(k−1) · (1 − Σ item variances / variance of the sum). Nil below two pupils.
    public var alpha: Double?
    /// Item id → correlation of the item with the sum of the scale's other items (nil when constant).
    public var itemTotal: [ItemCorrelation]
    /// Deciles (0.1 … 0.9) of the scale's 0–1 scores.
    public var deciles: [Double]
    public var mean: Double

    public struct ItemCorrelation: Sendable, Hashable, Codable {
        public var itemID: String
        public var correlation: Double?
    }

    /// Statistics of every scale of `form` over `answers` (complete answers to that form only).
    public static func compute(_ answers: [QuestionnaireAnswers], bank: ItemBank, form: QuestionnaireForm) -> [ScaleStatistics] {
        let items = bank.items(form)
        let complete = answers.filter { a in a.form == form && items.allSatisfy { a.responses[$0.id] != nil } }
        return RIASEC.allCases.map { type in
            let scale = items.filter { $0.type == type }
            let matrix = complete.map { a in scale.map { Double(a.responses[$0.id]!) } }
            let sums = matrix.map { $0.reduce(0, +) }
            let k = Double(scale.count)
            var alpha: Double?
            if matrix.count >= 2, scale.count >= 2, let total = variance(sums), total > 0 {
                let itemVariances = scale.indices.map { column in variance(matrix.map { $0[column] }) ?? 0 }
                alpha = k / (k - 1) * (1 - itemVariances.reduce(0, +) / total)
            }
            let correlations = scale.indices.map { column in
                ItemCorrelation(itemID: scale[column].id,
                                correlation: correlation(matrix.map { $0[column] }, zip(sums, matrix).map { $0 - $1[column] }))
            }
            let scores = sums.map { $0 / (k * Double(ItemBank.highestResponse)) }.sorted()
            let deciles = scores.isEmpty ? [] : (1...9).map { scores[min(scores.count - 1, $0 * scores.count / 10)] }
            return ScaleStatistics(type: type, respondents: complete.count, alpha: alpha, itemTotal: correlations, deciles: deciles,
                                   mean: scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count))
        }
    }

    /// Sample variance (n − 1), or nil below two values.
    static func variance(_ values: [Double]) -> Double? {
        guard values.count >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }

    /// Pearson's correlation, or nil when either side is constant.
    static func correlation(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, let vx = variance(x), let vy = variance(y), vx > 0, vy > 0 else { return nil }
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        let covariance = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / Double(x.count - 1)
        return covariance / (vx * vy).squareRoot()
    }
}
