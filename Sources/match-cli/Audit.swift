import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles

extension FairnessAuditRequest.Attribute: ExpressibleByArgument {}
extension Audience: ExpressibleByArgument {}

extension MatchCLI {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(ui.auditHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.auditVacancyOptionHelp))
        var vacancy: String?

        @Flag(help: ArgumentHelp(ui.auditAllOptionHelp))
        var all = false

        @Option(help: ArgumentHelp(ui.auditByOptionHelp))
        var by: FairnessAuditRequest.Attribute = .sex

        @Option(help: ArgumentHelp(ui.auditTopOptionHelp))
        var top = 20

        @Option(help: ArgumentHelp(ui.audienceOptionHelp))
        var audience: Audience = .department

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (vacancy == nil) == all else { throw ValidationError(ui.vacancyOrAll) }
        }

        func run() throws {
            let engine = try database.engine()
            let subject: FairnessAuditRequest.Subject = vacancy.map { .shortlist(vacancyID: $0, top: top) } ?? .allocation
            let audit = try engine.fairnessAudit(FairnessAuditRequest(subject: subject, attribute: by, audience: audience,
                                                                      language: language.lang, referenceYear: referenceYear.value))
            let text = try audit.render(output.format)
            printRendered(text)
            try engine.recordRun(command: "audit", parameters: ["vacancy": vacancy ?? "all", "by": by.rawValue, "top": String(top),
                                                               "audience": audience.rawValue, "year": String(referenceYear.value)],
                                 output: Data(text.utf8))
        }
    }
}
