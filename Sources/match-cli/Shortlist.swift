import ArgumentParser
import Foundation
import ScoringCore
import Matcher
import Profiles
import Guidance
import Presentation
import Localization

extension MatchCLI {
    struct Shortlist: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank the eligible candidates for one vacancy or place, for the employer.",
            discussion: """
            Only eligible students appear (region, age, stage, guardian consent, must-have skills), by \
            pseudonymous id, with score, matched skills and gaps; a summary says how many were excluded \
            and why. Counts from 1 to 9 are shown as "<10".

            With --enterprise: a shortlist for each of the enterprise's vacancies and places, under the \
            same pseudonyms.

            Examples:
              match-cli shortlist --vacancy tengri-tyres-vulcaniser --top 20 --format csv
              match-cli shortlist --enterprise tengri-tyres --top 10
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: "The vacancy's id.")
        var vacancy: String?

        @Option(help: "An enterprise's id: shortlists for all its vacancies and places.")
        var enterprise: String?

        @Option(help: "How many candidates.")
        var top = 20

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (1...10_000).contains(top) else { throw ValidationError("--top must be from 1 to 10000") }
            guard (vacancy != nil) != (enterprise != nil) else { throw ValidationError("give either --vacancy ID or --enterprise ID") }
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
