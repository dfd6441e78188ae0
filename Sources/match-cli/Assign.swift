import ArgumentParser
import Foundation
import ScoringCore
import Allocation
import Matcher
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
            let store = try database.open()
            let catalogue = try store.catalogue()
            let students = try store.students()
            let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: referenceYear.value, kind: kind, method: method)
            let summary = AssignmentOutput(batch: batch, method: method, students: students, names: Names(catalogue, language.lang))
            let text = try summary.render(output.format)
            printRendered(text)
            var written = Data()
            if let out {
                let pseudonyms = try store.pseudonyms()
                written = Data(try summary.export(json: out.hasSuffix(".json"), pseudonym: pseudonyms.pseudonym).utf8)
                try AtomicFile.write(to: out) { $0.write(written) }
                printError("Wrote the allocation to \(out)")
            }
            try AuditTrail.record(store, command: "assign", parameters: ["kind": kind?.rawValue ?? "all", "method": method.rawValue,
                                                                       "year": String(referenceYear.value), "out": out ?? ""],
                                  output: Data(text.utf8) + written)
        }
    }
}
