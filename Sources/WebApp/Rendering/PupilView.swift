import Guidance
import Localization

/// A pupil's recommendations as the pupil page shows them: specialties (a schoolchild) or vacancies.
struct PupilView: Sendable {
    let specialties: [SpecialtyRecommendations.Item]
    let outOfReach: [SpecialtyRecommendations.Item]
    let vacancies: [VacancyList.Item]
    let reach: String
    let answered: Bool

    init(_ recommendations: StudentRecommendations, answered: Bool, words: Words) {
        self.answered = answered
        switch recommendations {
        case .specialties(let list):
            specialties = list.items
            outOfReach = list.outOfReachItems
            vacancies = []
            reach = list.reachText
        case .vacancies(let list):
            specialties = []
            outOfReach = []
            vacancies = list.items
            reach = ""
        }
    }
}
