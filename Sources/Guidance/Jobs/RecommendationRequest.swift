import Foundation
import Localization
import Matcher
import Profiles

/// One student's recommendations: specialties for a schoolchild, vacancies and places for a college
/// student or graduate.
public struct RecommendationRequest: Sendable, Hashable {
    public var studentID: String
    public var top: Int
    public var language: Language
    public var referenceYear: Int

    public init(studentID: String, top: Int = 5, language: Language = .ru, referenceYear: Int = Calendar.currentYear) {
        self.studentID = studentID
        self.top = top
        self.language = language
        self.referenceYear = referenceYear
    }
}

/// What a student is recommended, by stage.
public enum StudentRecommendations: Sendable {
    case specialties(SpecialtyRecommendations)
    case vacancies(VacancyList)
}

extension MatchEngine {
    /// Ranks specialties for a schoolchild, or eligible vacancies and places for anyone else.
    public func recommend(_ request: RecommendationRequest) throws -> StudentRecommendations {
        let snapshot = try snapshot()
        let student = try snapshot.student(request.studentID)
        // The recommender and matcher are kept per data version; names and vacancies come from the catalogue
        // they were built on, so a refresh meanwhile cannot mix two versions.
        if student.stage.isSchool {
            let recommender = try specialtyRecommender()
            let names = Names(recommender.catalogue, request.language)
            let ranking = try recommender.recommend([student], k: request.top)[0]
            return .specialties(SpecialtyRecommendations(student: student, advice: recommender.advice(for: student, ranking: ranking), names: names))
        }
        let matcher = try catalogueMatcher(referenceYear: request.referenceYear)
        let names = Names(matcher.catalogue, request.language)
        let ranked = try matcher.match([student], studentK: request.top, vacancyK: 0).bestVacancies(ofStudent: 0)
        let explainer = Explainer(referenceYear: request.referenceYear)
        let results = ranked.map { entry in
            let vacancy = matcher.vacancies[entry.index]
            return (vacancy, explainer.explain(student, vacancy, interestCode: matcher.interestCode(of: vacancy)))
        }
        return .vacancies(VacancyList(student: student, results: results, names: names))
    }
}
