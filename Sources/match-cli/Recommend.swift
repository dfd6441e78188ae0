import ArgumentParser
import Foundation
import ScoringCore
import Allocation
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
            With --schoolchildren: the ranking for every schoolchild, narrowed by --region and --grade, \
            for a counsellor's class list (best as --format csv).

            Examples:
              match-cli recommend --student st-1x-0000001 --top 5 --lang kk
              match-cli recommend --schoolchildren --region karaganda --grade 9
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: "The student's pseudonymous id.")
        var student: String?

        @Flag(help: "Recommend specialties to every schoolchild (see --region and --grade) instead of one student.")
        var schoolchildren = false

        @Option(help: "With --schoolchildren: only those in this region (its id, e.g. karaganda).")
        var region: String?

        @Option(help: "With --schoolchildren: only those in this school grade (7–11).")
        var grade: Int?

        @Option(help: "How many results.")
        var top = 5

        @OptionGroup var referenceYear: YearOption

        private func emit(_ text: String, _ store: MatchDatabase) throws {
            printRendered(text)
            var parameters = ["top": String(top), "year": String(referenceYear.value), "lang": language.lang.rawValue,
                              "format": output.format.rawValue]
            if schoolchildren {
                parameters["schoolchildren"] = "yes"
                parameters["region"] = region ?? "all"
                parameters["grade"] = grade.map(String.init) ?? "all"
            }
            try AuditTrail.record(store, command: "recommend", parameters: parameters,
                                  studentIDs: student.map { ["student": $0] } ?? [:], output: Data(text.utf8))
        }

        func validate() throws {
            guard (1...100).contains(top) else { throw ValidationError("--top must be from 1 to 100") }
            guard (student != nil) != schoolchildren else {
                throw ValidationError("give either --student ID or --schoolchildren")
            }
            guard schoolchildren || (region == nil && grade == nil) else {
                throw ValidationError("--region and --grade go with --schoolchildren")
            }
            if let grade, !Stage.gradeRange.contains(grade) {
                throw ValidationError("--grade must be a school grade from \(Stage.gradeRange.lowerBound) to \(Stage.gradeRange.upperBound)")
            }
        }

        func run() throws {
            let store = try database.open()
            guard let student else { return try recommendToSchoolchildren(store) }
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

        /// Every schoolchild of the region and grade asked for, ranked in one tiled product, in id order.
        private func recommendToSchoolchildren(_ store: MatchDatabase) throws {
            let catalogue = try store.catalogue()
            if let region, !catalogue.regions.contains(where: { $0.id == region }) {
                throw CLIError("no region with id '\(region)'; known: " + catalogue.regions.map(\.id).joined(separator: ", "))
            }
            let pupils = try store.students().filter { student in
                student.stage.isSchool && (region == nil || student.regionID == region)
                    && (grade == nil || student.stage.year == grade)
            }
            let recommender = try SpecialtyRecommender(catalogue: catalogue)
            let names = Names(catalogue, language.lang)
            let outputs = try zip(pupils, recommender.recommend(pupils, k: top)).map { pupil, ranked in
                SpecialtyRecommendationOutput(student: pupil, results: recommender.recommendations(
                    for: pupil, ranked: ranked, referenceYear: referenceYear.value), names: names)
            }
            try emit(ClassRecommendationOutput(students: outputs, names: names).render(output.format), store)
        }
    }
}
