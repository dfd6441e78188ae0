import Guidance
import Localization
import Profiles

/// How the HTML report writes numbers for a reader of its language: digit grouping, decimal comma or
/// point, a real minus sign. Kept by hand rather than through ICU so the output is the same on every
/// machine (and in tests). CSV and JSON write plain machine numbers instead.
struct ReportNumberFormat: Sendable {
    private let groupSeparator: String
    private let decimalSeparator: String
    private let percentSign: String

    init(_ language: Language) {
        switch language {
        case .en:
            groupSeparator = ","
            decimalSeparator = "."
            percentSign = "%"
        case .ru, .kk:
            // No-break spaces so "1 234" and "45,5 %" never wrap inside a number.
            groupSeparator = "\u{00A0}"
            decimalSeparator = ","
            percentSign = "\u{00A0}%"
        }
    }

    /// 12345 → "12,345" / "12 345"; −12 → "−12" with a minus sign, not a hyphen.
    func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += groupSeparator }
            grouped.append(digit)
        }
        return value < 0 ? "\u{2212}" + grouped : grouped
    }

    /// A person count: "<10" when suppressed, a dash when withheld (nil), otherwise a grouped integer.
    func count(_ count: PersonCount?) -> String {
        guard let count else { return Self.notAvailable }
        return count.isSuppressed ? count.description : integer(count.value)
    }

    /// A rate 0–1 as a percentage with one decimal; nil (a withheld rate) as a dash.
    func percent(_ rate: Double?) -> String {
        guard let rate, rate.isFinite else { return Self.notAvailable }
        return decimal(rate * 100, digits: 1) + percentSign
    }

    /// A rate 0–1 as a whole percentage, for axis ticks: "20%" / "20 %".
    func wholePercent(_ rate: Double) -> String {
        integer(Int((rate * 100).rounded())) + percentSign
    }

    /// A score 0–1 with two decimals, e.g. "0.72" / "0,72".
    func score(_ value: Double) -> String {
        value.isFinite ? decimal(value, digits: 2) : Self.notAvailable
    }

    static let notAvailable = "—"

    private func decimal(_ value: Double, digits: Int) -> String {
        var scale: UInt = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let whole = integer(Int(scaled.magnitude / scale))
        let fraction = String(scaled.magnitude % scale)
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return (scaled < 0 ? "\u{2212}" : "") + whole + decimalSeparator + padded
    }
}
