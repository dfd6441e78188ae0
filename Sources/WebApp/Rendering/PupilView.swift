import Guidance
import Localization
import Matcher

/// A pupil's recommendations as the pupil page shows them: specialties (a schoolchild) or vacancies.
struct PupilView: Sendable {
    /// Who reads the page: the pupil ("your interests") or their counsellor ("the pupil's interests").
    enum Reader: Sendable { case pupil, counsellor }

    let specialties: [SpecialtyRecommendations.Item]
    let outOfReach: [SpecialtyRecommendations.Item]
    let vacancies: [VacancyList.Item]
    let reach: String
    let answered: Bool
    /// A schoolchild with no specialty taught within reach: the page says why the list is empty.
    let nothingWithinReach: Bool
    let hasOutOfReach: Bool

    init(_ recommendations: StudentRecommendations, answered: Bool, words: Words, reader: Reader = .pupil) {
        self.answered = answered
        switch recommendations {
        case .specialties(let list):
            specialties = Self.worded(list.items, list.advice.recommendations, list, for: reader, words)
            outOfReach = Self.worded(list.outOfReachItems, list.advice.outOfReach, list, for: reader, words)
            vacancies = []
            reach = list.reachText
            nothingWithinReach = specialties.isEmpty
            hasOutOfReach = !outOfReach.isEmpty
        case .vacancies(let list):
            specialties = []
            outOfReach = []
            vacancies = list.items
            reach = ""
            nothingWithinReach = false
            hasOutOfReach = false
        }
    }

    /// The items as `reader` reads them: for the counsellor, the reasons and the part that speak to the
    /// pupil are worded about the pupil instead.
    private static func worded(_ items: [SpecialtyRecommendations.Item], _ recommendations: [Recommendation],
                               _ list: SpecialtyRecommendations, for reader: Reader, _ words: Words) -> [SpecialtyRecommendations.Item] {
        guard reader == .counsellor else { return items }
        let names = list.names
        return zip(items, recommendations).map { item, recommendation in
            var item = item
            item.reasons = recommendation.reasons.map { reason in
                switch reason {
                case .interests(let types): words.webPupilMatchesInterests(types.map(words.name(of:)).joined(separator: ", "))
                case .skills(let skills): words.webPupilHasSkills(skills.map(names.skill).joined(separator: ", "))
                case .grades, .demand: list.text(reason)
                }
            }
            item.parts = item.parts.map { part in
                var part = part
                if part.part == SpecialtyPart.ownSkills.rawValue { part.label = words.webPupilOwnSkills }
                return part
            }
            return item
        }
    }
}
