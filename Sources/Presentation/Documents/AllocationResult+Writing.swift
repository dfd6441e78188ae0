import Foundation
import Guidance
import Localization
import Profiles

extension AllocationResult {
    /// Writes the department's summary as `render(_:)` does, the CSV list of unplaced students row by
    /// row (a national run leaves hundreds of thousands). Ends with `output.flush()`.
    public func write(_ format: OutputFormat, to output: inout ChunkedOutput) throws {
        guard format == .csv else {
            output.append(try render(format))
            return try output.flush()
        }
        let words = names.words
        output.appendCSVHeader([words.student, words.reason])
        for unplaced in summary.unplacedStudents {
            output.appendCSVRow([.text(unplaced.student), .text(unplaced.reason.rawValue)])
            try output.flushIfFull()
        }
        try output.flush()
    }
}

extension [AllocationResult.Placement] {
    /// Writes the placements placement by placement, the same bytes as `render(json:words:)` gives for
    /// the whole. Ends with `output.flush()`.
    public func write(json: Bool, words: Words, to output: inout ChunkedOutput) throws {
        if json {
            for placement in self {
                try output.appendJSONElement(placement)
                try output.flushIfFull()
            }
            try output.finishJSONArray(of: AllocationResult.Placement.self)
            output.append("\n")
        } else {
            output.appendCSVHeader([words.vacancy, words.enterprise, words.kind, words.candidate, words.score])
            for placement in self {
                output.appendCSVRow([.text(placement.vacancyID), .text(placement.enterpriseID), .text(placement.kind),
                                     .text(placement.candidate), .decimal(placement.score)])
                try output.flushIfFull()
            }
        }
        try output.flush()
    }
}
