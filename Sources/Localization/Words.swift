import Profiles

/// Every word the command line and the result documents show, in one language: table headers, titles,
/// reasons, help, status lines and error messages, as typed properties and methods grouped by facet
/// (`Words+Results`, `Words+Commands`, `Words+Errors`, `Words+Help…`). Each phrase gives its three
/// translations in one place through `pick(kk:ru:en:)`, so a phrase missing one does not compile.
/// The batch report's words are `ReportLabels` (`report`); display names of catalogue records are `Names`.
public struct Words: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The phrase in this language.
    @inline(__always)
    func pick(kk: String, ru: String, en: String) -> String {
        switch language {
        case .kk: kk
        case .ru: ru
        case .en: en
        }
    }

    /// A number followed by a noun in the form the number asks for: "191 место", "54 места",
    /// "2 places", "5 орын".
    public func count(_ number: Int, _ noun: CountedNoun) -> String {
        "\(number) \(noun.form(for: number, in: language))"
    }

    /// The batch report's headings, columns and notes in this language.
    public var report: ReportLabels { .labels(for: language) }
}
