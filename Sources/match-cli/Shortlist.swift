import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles

extension MatchCLI {
    struct Shortlist: ParsableCommand {
        static let configuration = CommandConfiguration(ui.shortlistHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.vacancyOptionHelp))
        var vacancy: String?

        @Option(help: ArgumentHelp(ui.enterpriseOptionHelp))
        var enterprise: String?

        @Option(help: ArgumentHelp(ui.topCandidatesOptionHelp))
        var top = 20

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (1...10_000).contains(top) else { throw ValidationError(ui.topMustBe(from: 1, to: 10_000)) }
            guard (vacancy != nil) != (enterprise != nil) else { throw ValidationError(ui.vacancyOrEnterprise) }
        }

        func run() throws {
            let engine = try database.engine()
            let target: ShortlistRequest.Target = vacancy.map { .vacancy($0) } ?? .enterprise(enterprise ?? "")
            let shortlists = try engine.shortlists(ShortlistRequest(target: target, top: top, language: language.lang,
                                                                    referenceYear: referenceYear.value))
            let text = try vacancy != nil ? shortlists[0].render(output.format) : shortlists.render(output.format)
            printRendered(text)
            var parameters = ["top": String(top), "year": String(referenceYear.value), "lang": language.lang.rawValue,
                              "format": output.format.rawValue]
            parameters["vacancy"] = vacancy
            parameters["enterprise"] = enterprise
            try engine.recordRun(command: "shortlist", parameters: parameters, output: Data(text.utf8))
        }
    }
}
