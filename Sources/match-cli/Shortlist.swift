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
            let started = ContinuousClock.now
            let engine = try database.engine()
            let target: ShortlistRequest.Target = vacancy.map { .vacancy($0) } ?? .enterprise(enterprise ?? "")
            let progress = ProgressBar(total: try engine.snapshot().students.count, label: ui.shortlistProgress, since: started)
            let shortlists: [Guidance.Shortlist]
            do {
                defer { progress.finish() }
                shortlists = try engine.shortlists(ShortlistRequest(target: target, top: top, language: language.lang,
                                                                    referenceYear: referenceYear.value), progress: progress.update)
            }
            var parameters = ["top": String(top), "year": String(referenceYear.value), "lang": language.lang.rawValue,
                              "format": output.format.rawValue]
            parameters["vacancy"] = vacancy
            parameters["enterprise"] = enterprise
            guard vacancy == nil else {
                let text = try shortlists[0].render(output.format)
                printRendered(text)
                return try engine.recordRun(command: "shortlist", parameters: parameters, output: Data(text.utf8))
            }
            // An enterprise's shortlists are streamed: thousands of vacancies are never one string.
            try engine.recordRun(command: "shortlist", parameters: parameters,
                                 outputHash: try StandardStreams.writeStreamed { try shortlists.write(output.format, to: &$0) })
        }
    }
}
