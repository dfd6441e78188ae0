import ArgumentParser
import Foundation
import ScoringCore
import Allocation
import Profiles

/// `--format table|json|csv`: tables for a person, JSON and CSV for machines (Docs/Output.md).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct FormatOption: ParsableArguments {
    @Option(help: "Output: table (for a person), json or csv.")
    var format: OutputFormat = .table
}

/// JSON as the commands print it: pretty, keys sorted, so output is stable and diffable.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// CSV with a header row; text cells that a spreadsheet would run as a formula are neutralised.
func csvText(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map { cells in
        cells.map { cell in CSVText.cell(Double(cell) != nil ? cell : CSVText.formulaSafe(cell)) }.joined(separator: ",")
    }.joined(separator: "\n") + "\n"
}


/// Writes rendered output to standard output ending in exactly one newline (CSV text has its own).
func printRendered(_ text: String) {
    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
}
