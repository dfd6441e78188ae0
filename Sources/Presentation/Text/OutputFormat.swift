import Guidance
import Localization
import Profiles
import Foundation

/// How a result is written: a table for a person, JSON and CSV for machines (Docs/Output.md).
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv
}

/// JSON as the product writes it: pretty, keys sorted, so output is stable and diffable.
public func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
