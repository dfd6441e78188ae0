import Foundation
import Guidance
import Localization
import Profiles

extension [Shortlist] {
    /// Writes several vacancies' shortlists shortlist by shortlist, the same bytes as `render(_:)`
    /// gives for the whole, so an enterprise's thousands of vacancies are never one string.
    /// Ends with `output.flush()`.
    public func write(_ format: OutputFormat, to output: inout ChunkedOutput) throws {
        switch format {
        case .json:
            for shortlist in self {
                try output.appendJSONElement(shortlist.document)
                try output.flushIfFull()
            }
            try output.finishJSONArray(of: Shortlist.Document.self)
        case .csv:
            let words = first?.names.words ?? Words(.ru)
            output.appendCSVHeader([words.vacancy] + Shortlist.csvHeader(words))
            for shortlist in self {
                for row in shortlist.csvRows { output.appendCSVRow([.text(shortlist.vacancy.id)] + row) }
                try output.flushIfFull()
            }
        case .table:
            for (index, shortlist) in enumerated() {
                if index > 0 { output.append("\n") }
                output.append(try shortlist.render(.table))
                try output.flushIfFull()
            }
        }
        try output.flush()
    }
}
