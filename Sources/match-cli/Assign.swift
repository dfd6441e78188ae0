import ArgumentParser
import Foundation
import ScoringCore
import Guidance
import Matcher
import Presentation
import Profiles

extension BatchMatch.Method: ExpressibleByArgument {}
extension Vacancy.Kind: ExpressibleByArgument {}

extension MatchCLI {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Allocate students to places under the enterprises' capacities.",
            discussion: """
            Preferences come from the fit scores of eligible pairs (each student ranks their best 20 \
            eligible places; places rank students by the same score, ties by id).
              stable   deferred acceptance, students proposing: no blocking pair
              optimal  the allocation with the largest total fit (min-cost flow)
            Prints fill rate, total fit, blocking pairs and why each unplaced student got no place.
            --out writes the allocation (CSV or JSON by the file's extension) with per-enterprise \
            pseudonyms, as an employer may receive it. See Docs/Assignment.md.

            Example:
              match-cli assign --kind dual --method stable --out dual.csv
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: "Only places of this kind: job, internship or dual (default: all).")
        var kind: Vacancy.Kind?

        @Option(help: "stable or optimal.")
        var method: BatchMatch.Method = .stable

        @Option(help: ArgumentHelp("Write the allocation here (.csv or .json).", valueName: "file"))
        var out: String?

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            if let out, !(out.hasSuffix(".csv") || out.hasSuffix(".json")) { throw ValidationError("--out must end in .csv or .json") }
        }

        func run() throws {
            let engine = try database.engine()
            let result = try engine.allocate(AllocationRequest(kind: kind, method: method, language: language.lang,
                                                               referenceYear: referenceYear.value))
            let text = try result.render(output.format)
            printRendered(text)
            var written = Data()
            if let out {
                written = Data(try engine.placements(of: result).render(json: out.hasSuffix(".json")).utf8)
                try AtomicFile.write(written, to: out)
                printError("Wrote the allocation to \(out)")
            }
            try engine.recordRun(command: "assign", parameters: ["kind": kind?.rawValue ?? "all", "method": method.rawValue,
                                                                "year": String(referenceYear.value), "out": out ?? ""],
                                 output: Data(text.utf8) + written)
        }
    }
}
