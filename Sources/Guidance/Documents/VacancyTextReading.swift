import Foundation
import Profiles

/// What vacancy texts say, read for a person to confirm: for each text the reading (requirements with
/// their spans, methods and confidence; title, kind, enterprise, region, town, minimum age, headcount;
/// words not in the taxonomy) and the vacancy it proposes, as a `vacancies` file would hold it.
public struct VacancyTextReading: Sendable {
    /// One requirement as shown: the reading's, with the skill's label.
    public struct Requirement: Sendable, Codable, Hashable {
        public var skillID: String
        public var label: String
        public var level: Int
        public var importance: Int
        public var mustHave: Bool
        public var span: TextSpan
        public var method: ParsedVacancyText.Requirement.Method
        public var confidence: Double
        public var matchedName: String
    }

    public struct Item: Sendable, Codable, Hashable {
        /// The proposed vacancy id.
        public var id: String
        public var language: Language
        public var title: String
        public var titleSpan: TextSpan?
        public var kind: Vacancy.Kind
        public var enterprise: String?
        public var region: String?
        public var town: String?
        public var minimumAge: Int
        public var minimumAgeReason: ParsedVacancyText.AgeReason?
        public var headcount: Int
        public var requirements: [Requirement]
        public var notInTaxonomy: [TextSpan]
    }

    public struct Document: Sendable, Codable, Hashable {
        public var texts: [Item]
    }

    public let document: Document
    /// The proposed vacancies, one per text, in order.
    public let vacancies: [Vacancy]

    init(_ request: VacancyTextRequest, parser: VacancyTextParser, taxonomy: Taxonomy) {
        let readings = request.texts.map { input in
            parser.parse(input.text, language: request.language, enterpriseID: input.enterprise ?? request.enterpriseID)
        }
        let ids = VacancyTextParser.proposedIDs(request.texts, readings)
        vacancies = zip(ids, readings).map { $1.vacancy(id: $0) }
        document = Document(texts: zip(ids, readings).map { id, reading in
            Item(id: id, language: reading.language, title: reading.title, titleSpan: reading.titleSpan, kind: reading.kind,
                 enterprise: reading.enterpriseID, region: reading.regionID, town: reading.town, minimumAge: reading.minimumAge,
                 minimumAgeReason: reading.minimumAgeReason, headcount: reading.headcount,
                 requirements: reading.requirements.map { found in
                     Requirement(skillID: found.skillID, label: taxonomy.skill(id: found.skillID)?.label[request.labelLanguage] ?? found.skillID,
                                 level: found.level, importance: found.importance, mustHave: found.mustHave, span: found.span,
                                 method: found.method, confidence: found.confidence, matchedName: found.matchedName)
                 },
                 notInTaxonomy: reading.notInTaxonomy)
        })
    }
}
