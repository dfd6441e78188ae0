import Profiles

/// A noun that follows a number, in every form each language needs; `Words.count(_:_:)` picks the form.
public struct CountedNoun: Sendable {
    /// Kazakh keeps the singular after a numeral.
    public var kk: String
    /// Russian: after 1 (место), 2–4 (места) and 5 or more (мест).
    public var ru: (one: String, few: String, many: String)
    /// English: singular and plural.
    public var en: (one: String, other: String)

    public init(kk: String, ru: (one: String, few: String, many: String), en: (one: String, other: String)) {
        self.kk = kk
        self.ru = ru
        self.en = en
    }

    /// The form after `count` in `language`.
    public func form(for count: Int, in language: Language) -> String {
        let form = PluralForm.of(count, in: language)
        switch language {
        case .kk: return kk
        case .en: return form == .one ? en.one : en.other
        case .ru:
            switch form {
            case .one: return ru.one
            case .few: return ru.few
            case .many: return ru.many
            }
        }
    }
}
