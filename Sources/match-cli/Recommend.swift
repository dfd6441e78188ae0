import ArgumentParser
import Foundation
import ScoringCore
import Matcher
import Profiles
import Guidance
import Presentation
import Localization

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
              match-cli recommend --student st-1k9-0000001 --top 5 --lang kk
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
            let engine = try database.engine()
            let text: String
            var parameters = ["top": String(top), "year": String(referenceYear.value), "lang": language.lang.rawValue,
                              "format": output.format.rawValue]
            if let student {
                switch try engine.recommend(RecommendationRequest(studentID: student, top: top, language: language.lang,
                                                                  referenceYear: referenceYear.value)) {
                case .specialties(let list): text = try list.render(output.format)
                case .vacancies(let list): text = try list.render(output.format)
                }
            } else {
                text = try engine.classList(ClassListRequest(regionID: region, grade: grade, top: top, language: language.lang,
                                                             referenceYear: referenceYear.value)).render(output.format)
                parameters["schoolchildren"] = "yes"
                parameters["region"] = region ?? "all"
                parameters["grade"] = grade.map(String.init) ?? "all"
            }
            printRendered(text)
            try engine.recordRun(command: "recommend", parameters: parameters, studentIDs: student.map { ["student": $0] } ?? [:],
                                 output: Data(text.utf8))
        }
    }
}
