import ArgumentParser
import Foundation
import Guidance
import Localization
import Matcher
import Presentation
import Profiles

extension BatchMatch.Method: ExpressibleByArgument {}
extension Vacancy.Kind: ExpressibleByArgument {}

extension MatchCLI {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(ui.assignHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.kindOptionHelp))
        var kind: Vacancy.Kind?

        @Option(help: ArgumentHelp(ui.methodOptionHelp))
        var method: BatchMatch.Method = .stable

        @Option(help: ArgumentHelp(ui.assignOutOptionHelp, valueName: "file"))
        var out: String?

        @OptionGroup var referenceYear: YearOption

        func validate() throws {
            if let out, !(out.hasSuffix(".csv") || out.hasSuffix(".json")) { throw ValidationError(ui.outMustBeCSVOrJSON) }
        }

        func run() throws {
            let engine = try database.engine()
            let progress = ProgressBar(total: try engine.snapshot().students.count, label: ui.matchingProgress)
            let result = try engine.allocate(AllocationRequest(kind: kind, method: method, language: language.lang,
                                                               referenceYear: referenceYear.value), progress: progress.update)
            progress.finish()
            // Streamed, and hashed as it goes: the summary on standard output, then the employers' file.
            var digest = RunningDigest()
            try StandardStreams.writeStreamed(observe: { digest.update($0) }) { try result.write(output.format, to: &$0) }
            if let out {
                let placements = try engine.placements(of: result)
                try AtomicFile.write(to: out) { append in
                    try withoutActuallyEscaping(append) { append in
                        var file = ChunkedOutput { bytes in
                            digest.update(bytes)
                            try append(Data(bytes))
                        }
                        try placements.write(json: out.hasSuffix(".json"), words: language.words, to: &file)
                    }
                }
                printError(ui.wroteAllocation(to: out))
            }
            try engine.recordRun(command: "assign", parameters: ["kind": kind?.rawValue ?? "all", "method": method.rawValue,
                                                                "year": String(referenceYear.value), "out": out ?? ""],
                                 outputHash: digest.hex())
        }
    }
}
