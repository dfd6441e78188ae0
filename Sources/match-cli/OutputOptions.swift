import ArgumentParser
import Presentation

extension OutputFormat: ExpressibleByArgument {}

/// `--format table|json|csv`.
struct FormatOption: ParsableArguments {
    @Option(help: ArgumentHelp(ui.formatOptionHelp))
    var format: OutputFormat = .table
}

/// Writes rendered output to standard output ending in exactly one newline (CSV text has its own).
func printRendered(_ text: String) {
    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
}
