import ArgumentParser
import Guidance
import Presentation

extension MatchCLI {
    /// Shows the CPU, the OpenBLAS kernel the engine runs on and why, and its sgemm rate.
    struct Doctor: ParsableCommand {
        static let configuration = CommandConfiguration(ui.doctorHelp)

        /// `--format table|json`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, json
        }

        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.doctorFormatOptionHelp))
        var format: Format = .table

        func run() throws {
            let report = KernelReport.measure()
            printRendered(format == .json ? try jsonText(report) : report.table(language.words))
        }
    }
}
