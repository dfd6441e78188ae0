import Profiles

/// Vacancy texts as employers write them, to read into candidate requirements (`match-cli vacancy
/// parse`, and the employer's page that shows them for confirmation before saving).
public struct VacancyTextRequest: Sendable, Hashable {
    public var texts: [VacancyTextInput]
    /// The texts' language, or `.auto` to tell each text's from its letters.
    public var language: TextLanguage
    /// The employer of every text that names none itself (`VacancyTextInput.enterprise`).
    public var enterpriseID: String?
    /// The language of the skills' labels in the result.
    public var labelLanguage: Language

    public init(texts: [VacancyTextInput], language: TextLanguage = .auto, enterpriseID: String? = nil, labelLanguage: Language = .ru) {
        self.texts = texts
        self.language = language
        self.enterpriseID = enterpriseID
        self.labelLanguage = labelLanguage
    }
}

extension MatchEngine {
    /// Reads every text against the stored catalogue. Reads the catalogue only; stores nothing.
    /// - Throws: `GuidanceError.unknownID` when the request or a text names an enterprise the
    ///   catalogue does not have.
    /// - Complexity: O(*n*) in the texts' words, after building the parser's index once.
    public func readVacancyTexts(_ request: VacancyTextRequest) throws -> VacancyTextReading {
        let catalogue = try store.catalogue()
        let known = Set(catalogue.enterprises.map(\.id))
        for id in ([request.enterpriseID] + request.texts.map(\.enterprise)).compactMap({ $0 }) where !known.contains(id) {
            throw GuidanceError.unknown(.enterprise, id: id, among: known)
        }
        return VacancyTextReading(request, parser: VacancyTextParser(catalogue: catalogue), taxonomy: catalogue.taxonomy)
    }
}
