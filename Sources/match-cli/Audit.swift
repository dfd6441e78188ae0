import ArgumentParser
import Foundation
import ScoringCore
import Guidance
import Matcher
import Presentation
import Profiles

extension FairnessAuditRequest.Attribute: ExpressibleByArgument {}

extension MatchCLI {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fairness audit of shortlists and allocations: selection rates by group and the four-fifths rule.",
            discussion: """
            With --vacancy: candidates are the students eligible for it, selected are those on its \
            shortlist (--top). With --all: candidates are the students eligible for at least one place, \
            selected are those the stable allocation places. For each group: selection rate, impact ratio \
            (its rate / the highest group's rate), a flag below 0.8, groups under 2% of candidates marked \
            too small to judge, and the count of unknowns.

            Examples:
              match-cli audit --all --by sex
              match-cli audit --vacancy tengri-tyres-vulcaniser --by settlement --top 20
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOption

        @Option(help: "Audit one vacancy's shortlist.")
        var vacancy: String?

        @Flag(help: "Audit the allocation of all places.")
        var all = false

        @Option(help: "Group by sex, settlement, school-language or region.")
        var by: FairnessAuditRequest.Attribute = .sex

        @Option(help: "Shortlist length for --vacancy.")
        var top = 20

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            guard (vacancy == nil) == all else { throw ValidationError("Give either --vacancy ID or --all.") }
        }

        func run() throws {
            let engine = try database.engine()
            let subject: FairnessAuditRequest.Subject = vacancy.map { .shortlist(vacancyID: $0, top: top) } ?? .allocation
            let audit = try engine.fairnessAudit(FairnessAuditRequest(subject: subject, attribute: by, referenceYear: referenceYear.value))
            let text: String
            switch output.format {
            case .json: text = try jsonText(audit)
            case .csv:
                text = csvText(header: ["group", "candidates", "selected", "selection_rate", "impact_ratio", "adverse_impact", "too_small"],
                               rows: audit.groups.map { [$0.name, String($0.candidates), String($0.selected), String(format: "%.4f", $0.selectionRate),
                                                         $0.impactRatio.map { String(format: "%.4f", $0) } ?? "", $0.adverseImpact ? "yes" : "no",
                                                         $0.tooSmallToJudge ? "yes" : "no"] })
            case .table:
                text = "Fairness audit by \(by.rawValue) — " + (vacancy.map { "shortlist of \($0) (top \(top))" } ?? "allocation of all places")
                    + "\ncandidates \(audit.candidates), selected \(audit.selected), unknown \(by.rawValue) \(audit.unknown)\n\n"
                    + TextTable(header: ["group", "candidates", "selected", "rate", "impact ratio", "flag"],
                                rows: audit.groups.map { group in
                                    [group.name, String(group.candidates), String(group.selected), String(format: "%.3f", group.selectionRate),
                                     group.impactRatio.map { String(format: "%.3f", $0) } ?? "—",
                                     group.tooSmallToJudge ? "too small to judge" : group.adverseImpact ? "below 4/5" : ""]
                                }, rightAligned: [1, 2, 3, 4]).rendered
            }
            printRendered(text)
            try engine.recordRun(command: "audit", parameters: ["vacancy": vacancy ?? "all", "by": by.rawValue, "top": String(top), "year": String(referenceYear.value)],
                                  output: Data(text.utf8))
        }
    }
}
