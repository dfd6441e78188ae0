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
    // By bytes: a CSV line ends in "\r\n", one Character that is not "\n".
    print(text, terminator: text.utf8.last == UInt8(ascii: "\n") ? "" : "\n")
}
