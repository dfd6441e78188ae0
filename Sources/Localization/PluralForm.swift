import Profiles

/// Which form a noun takes after a number. Russian has three (1 место, 2 места, 5 мест), English two
/// (1 place, 2 places), Kazakh one: a noun after a numeral stays singular (1 орын, 5 орын).
public enum PluralForm: Sendable, Hashable, CaseIterable {
    /// 1, 21, 101 in Russian; 1 in English; every number in Kazakh.
    case one
    /// 2–4, 22–24, 102–104 in Russian (not 12–14).
    case few
    /// Everything else: 0, 5–20, 25–30, 111 in Russian; all but 1 in English.
    case many

    /// The form a noun takes after `count` in `language`: the one plural rule of the product.
    public static func of(_ count: Int, in language: Language) -> PluralForm {
        switch language {
        case .kk:
            return .one
        case .en:
            return count == 1 ? .one : .many
        case .ru:
            // Russian looks at the last two digits: 11–14 take "many" although they end in 1–4.
            let lastTwo = count.magnitude % 100, last = count.magnitude % 10
            if (11...14).contains(lastTwo) { return .many }
            if last == 1 { return .one }
            if (2...4).contains(last) { return .few }
            return .many
        }
    }
}
