/// What a vacancy text says, as read by `VacancyTextParser`: candidate requirements, each with where it
/// was read and how sure the reading is, and the facts of the post. A person confirms or corrects it
/// before it becomes a `Vacancy` (`vacancy(id:)`).
public struct ParsedVacancyText: Sendable, Hashable, Codable {
    /// One skill the text asks for.
    public struct Requirement: Sendable, Hashable, Codable {
        /// How the skill was read, surest first.
        public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
            /// A label of the skill, word for word.
            case label
            /// A synonym of the skill, word for word.
            case synonym
            /// All words of a label or synonym, in other forms or another order.
            case stem
            /// Part of a name, told apart from other skills by the words around it («контроль» beside
            /// «сварных» is the inspection of welds).
            case phrase
        }

        public var skillID: String
        public var level: Int
        public var importance: Int
        public var mustHave: Bool
        /// The words the skill was read from.
        public var span: TextSpan
        public var method: Method
        /// 0–1: how sure the reading is (a label word for word is surer than part of a name).
        public var confidence: Double
        /// The catalogue's name that matched, as the catalogue writes it.
        public var matchedName: String
    }

    /// Why the minimum age is 18: the words or the skill that make the work adult-only.
    public struct AgeReason: Sendable, Hashable, Codable {
        public var span: TextSpan?
        public var skillID: String?
    }

    public var language: Language
    public var title: String
    public var titleSpan: TextSpan?
    public var kind: Vacancy.Kind
    public var enterpriseID: String?
    public var regionID: String?
    /// The town named, as the catalogue spells it.
    public var town: String?
    public var minimumAge: Int
    public var minimumAgeReason: AgeReason?
    public var headcount: Int
    public var requirements: [Requirement]
    /// Words that look like skills but are no name of any skill: candidates for the catalogue.
    public var notInTaxonomy: [TextSpan]

    /// The vacancy this reading proposes, with `id`; the enterprise and region empty where the text did
    /// not name them (an import then asks for them). The title is written in all three languages as the
    /// text gives it, for the person to translate.
    public func vacancy(id: String) -> Vacancy {
        Vacancy(id: id, enterpriseID: enterpriseID ?? "", title: LocalizedText(kk: title, ru: title, en: title), kind: kind,
                regionID: regionID ?? "", headcount: headcount, minimumAge: minimumAge, specialtyIDs: [],
                requirements: requirements.map { .init(skillID: $0.skillID, level: $0.level, importance: $0.importance, mustHave: $0.mustHave) })
    }
}
