import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles

extension MatchCLI {
    struct Recommend: ParsableCommand {
        static let configuration = CommandConfiguration(ui.recommendHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String?

        @Flag(help: ArgumentHelp(ui.schoolchildrenOptionHelp))
        var schoolchildren = false

        @Option(help: ArgumentHelp(ui.regionFilterOptionHelp))
        var region: String?

        @Option(help: ArgumentHelp(ui.gradeFilterOptionHelp))
        var grade: Int?

        @Option(help: ArgumentHelp(ui.topResultsOptionHelp))
        var top = 5

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (1...100).contains(top) else { throw ValidationError(ui.topMustBe(from: 1, to: 100)) }
            guard (student != nil) != schoolchildren else { throw ValidationError(ui.studentOrSchoolchildren) }
            guard schoolchildren || (region == nil && grade == nil) else { throw ValidationError(ui.regionAndGradeNeedSchoolchildren) }
            if let grade, !Stage.gradeRange.contains(grade) {
                throw ValidationError(ui.gradeMustBe(from: Stage.gradeRange.lowerBound, to: Stage.gradeRange.upperBound))
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
