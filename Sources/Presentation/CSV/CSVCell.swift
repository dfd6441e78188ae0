import Guidance
import Localization
import Profiles

/// A cell of a CSV file the tool writes. Typed so that text, and only text, is neutralised against
/// formula injection: a name like "=SUM(A1)" becomes "'=SUM(A1)" while a gap of -12 stays the number -12.
public enum CSVCell: Sendable, Hashable {
    case text(String)
    case integer(Int)
    /// "<10" when suppressed; empty when withheld.
    case count(PersonCount?)
    /// A number, or "48…56" where the candidates are suppressed.
    case gap(Gap)
    /// A rate 0–1 written as a fraction with four decimals; empty when withheld.
    case rate(Double?)
    /// A score 0–1 with four decimals.
    case score(Double)
    /// A number already rounded for reading (a score to three decimals), in its shortest form.
    case decimal(Double)

    /// The cell's text before CSV quoting.
    public var field: String {
        switch self {
        case .text(let text): CSVText.formulaSafe(text)
        case .integer(let value): String(value)
        case .count(let count): count?.description ?? ""
        case .gap(let gap): gap.description
        case .rate(let rate): rate.map(Self.fraction) ?? ""
        case .score(let score): Self.fraction(score)
        case .decimal(let value): value.isFinite ? String(value) : ""
        }
    }

    /// Plain machine notation (point, no grouping) so any spreadsheet or script reads it the same way.
    private static func fraction(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        let scaled = Int((value * 10_000).rounded())
        let fraction = String(scaled.magnitude % 10_000)
        let digits = String(repeating: "0", count: 4 - fraction.count) + fraction
        return (scaled < 0 ? "-" : "") + String(scaled.magnitude / 10_000) + "." + digits
    }
}
