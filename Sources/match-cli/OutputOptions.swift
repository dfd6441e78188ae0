import ArgumentParser
import Presentation

extension OutputFormat: ExpressibleByArgument {}

/// `--format table|json|csv`.
struct FormatOption: ParsableArguments {
    @Option(help: "Output: table (for a person), json or csv.")
    var format: OutputFormat = .table
}

/// Writes rendered output to standard output ending in exactly one newline (CSV text has its own).
func printRendered(_ text: String) {
    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
}
