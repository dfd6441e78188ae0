import Profiles

/// Looks up display names in one language.
public struct Names: Sendable {
    public let catalogue: Catalogue
    public let language: Language
    /// The fixed words in the same language.
    public let words: Words
    private let specialties: [String: Specialty]
    private let regions: [String: Region]
    private let colleges: [String: College]
    private let enterprises: [String: Enterprise]
    private let subjects: [String: Subject]

    public init(_ catalogue: Catalogue, _ language: Language) {
        self.catalogue = catalogue
        self.language = language
        words = Words(language)
        specialties = Dictionary(uniqueKeysWithValues: catalogue.specialties.map { ($0.id, $0) })
        regions = Dictionary(uniqueKeysWithValues: catalogue.regions.map { ($0.id, $0) })
        colleges = Dictionary(uniqueKeysWithValues: catalogue.colleges.map { ($0.id, $0) })
        enterprises = Dictionary(uniqueKeysWithValues: catalogue.enterprises.map { ($0.id, $0) })
        subjects = Dictionary(uniqueKeysWithValues: catalogue.subjects.map { ($0.id, $0) })
    }

    public func skill(_ id: String) -> String { catalogue.taxonomy.label(of: id, in: language) ?? id }
    /// The specialty's code (nil for none or an unknown id).
    public func specialtyCode(_ id: String) -> String? { specialties[id]?.code }
    public func specialty(_ id: String) -> String { specialties[id]?.name[language] ?? id }
    public func region(_ id: String?) -> String { id.flatMap { regions[$0]?.name[language] } ?? words.wholeCountry }
    public func college(_ id: String) -> String { colleges[id]?.name[language] ?? id }
    public func enterprise(_ id: String) -> String { enterprises[id]?.name[language] ?? id }
    public func subject(_ id: String) -> String { subjects[id]?.name[language] ?? id }
}
