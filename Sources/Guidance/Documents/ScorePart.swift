import Matcher

/// One part of a score as outputs show it: its weight, its value and what it adds, to three decimals.
public struct ScorePart: Sendable, Encodable, Hashable {
    /// The part's id (`interests`, `aptitude`, `skills`, `own-skills`, `prospects`).
    public var part: String
    /// The part's name in the chosen language.
    public var label: String
    public var weight: Double
    /// The part's value in [0, 1] before weighting.
    public var value: Double
    /// weight × value, rounded so that the parts of a score sum to the rounded score exactly.
    public var contribution: Double

    /// The parts of a score whose rounded total is `total`: each contribution is rounded to thousandths,
    /// and the thousandths lost or gained by rounding go to the parts with the largest remainders
    /// (largest-remainder rounding), so the column adds up to the score shown.
    public static func parts(_ parts: [Explanation.Part], total: Double, label: (String) -> String) -> [ScorePart] {
        let exact = parts.map { $0.contribution * 1000 }
        var thousandths = exact.map { $0.rounded(.down) }
        var missing = Int((total * 1000).rounded()) - Int(thousandths.reduce(0, +))
        let byRemainder = exact.indices.sorted { (exact[$0] - thousandths[$0], $1) > (exact[$1] - thousandths[$1], $0) }
        var step = 0
        while missing != 0, !byRemainder.isEmpty, step < 10 * byRemainder.count {
            let index = missing > 0 ? byRemainder[step % byRemainder.count] : byRemainder.reversed()[step % byRemainder.count]
            if missing > 0 { thousandths[index] += 1; missing -= 1 }
            else if thousandths[index] > 0 { thousandths[index] -= 1; missing += 1 }
            step += 1
        }
        return zip(parts, thousandths).map { part, units in
            ScorePart(part: part.name, label: label(part.name), weight: part.weight,
                      value: (part.value * 1000).rounded() / 1000, contribution: units / 1000)
        }
    }
}
