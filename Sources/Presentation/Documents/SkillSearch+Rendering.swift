import Foundation
import Guidance
import Localization

extension SkillSearch {
    public func render(_ format: OutputFormat) throws -> String {
        let words = Words(language)
        let rows = document.candidates
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return CSVTable(header: [words.rank, words.identifier, words.skill, words.score, words.matchMethod, words.matchedName],
                            rows: rows.map { [.integer($0.rank), .text($0.skillID), .text($0.label), .decimal($0.score),
                                              .text(words.name(of: $0.method)), .text($0.matchedName)] }).text
        case .table:
            var text = words.skillSearchOutcome(document.text, document.outcome, skillID: document.skillID) + "\n\n"
            guard !rows.isEmpty else { return text + words.noResults }
            text += TextTable(header: [words.rank, words.identifier, words.skill, words.score, words.matchMethod, words.matchedName],
                              rows: rows.map { [String($0.rank), $0.skillID, $0.label, String(format: "%.2f", $0.score),
                                                words.name(of: $0.method), $0.matchedName] },
                              rightAligned: [0, 3]).rendered
            return text
        }
    }
}
