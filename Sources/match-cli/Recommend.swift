import ArgumentParser
import Foundation
import Matcher
import Profiles

extension MatchCLI {
    struct Recommend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recommend specialties to a schoolchild, or vacancies and places to a college student or graduate.",
            discussion: """
            A schoolchild gets specialties ranked by interests, grades, skills and demand where they would \
            live, each with a fit band, the main reasons, skills to develop and colleges that teach it.
            A college student or graduate gets the vacancies and places they are eligible for, with the \
            skills matched and missing.

            Example:
              match-cli recommend --student st-1x-0000001 --top 5 --lang kk
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: "The student's pseudonymous id.")
        var student: String

        @Option(help: "How many results.")
        var top = 5

        @OptionGroup var referenceYear: YearOption

        private func emit(_ text: String, _ store: MatchDatabase) throws {
            printRendered(text)
            try AuditTrail.record(store, command: "recommend", parameters: ["top": String(top), "year": String(referenceYear.value), "lang": language.lang.rawValue,
                                                                          "format": output.format.rawValue],
                                  studentIDs: ["student": student], output: Data(text.utf8))
        }

        func validate() throws {
            guard (1...100).contains(top) else { throw ValidationError("--top must be from 1 to 100") }
        }

        func run() throws {
            let store = try database.open()
            guard let profile = try store.student(id: student) else {
                throw CLIError("no student with id '\(student)' in \(store.path)")
            }
            let catalogue = try store.catalogue()
            let names = Names(catalogue, language.lang)
            if profile.stage.isSchool {
                let recommender = try SpecialtyRecommender(catalogue: catalogue)
                let ranked = try recommender.recommend([profile], k: top)[0]
                let results = recommender.recommendations(for: profile, ranked: ranked, referenceYear: referenceYear.value)
                try emit(SpecialtyRecommendationOutput(student: profile, results: results, names: names).render(output.format), store)
            } else {
                let matcher = try VacancyMatcher(catalogue: catalogue, referenceYear: referenceYear.value)
                let ranked = try matcher.match([profile], studentK: top, vacancyK: 0).bestVacancies(ofStudent: 0)
                let explainer = Explainer(referenceYear: referenceYear.value)
                let results = ranked.map { entry in
                    let vacancy = catalogue.vacancies[entry.index]
                    return (vacancy, explainer.explain(profile, vacancy, interestCode: matcher.interestCode(of: vacancy)))
                }
                try emit(VacancyListOutput(student: profile, results: results, names: names).render(output.format), store)
            }
        }
    }
}
