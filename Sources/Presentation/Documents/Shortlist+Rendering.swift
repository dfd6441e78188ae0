import Foundation
import Guidance
import Localization
import Matcher
import Profiles

extension Shortlist {
    public func render(_ format: OutputFormat) throws -> String {
        let words = names.words
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return CSVTable(header: Self.csvHeader(words), rows: csvRows).text
        case .table:
            var text = words.candidates(for: vacancy.title[names.language]) + " — " + names.enterprise(vacancy.enterpriseID)
                + ", " + names.region(vacancy.regionID) + "\n\n"
            text += "\(words.eligibleCandidates): \(summary.eligible) / \(summary.students). \(words.excluded): "
                + Eligibility.Reason.Category.allCases.compactMap { reason in
                    summary.excluded[reason].map { "\(words.name(of: reason)) \($0)" }
                }.joined(separator: ", ") + "\n\n"
            guard !items.isEmpty else { return text + words.noResults }
            text += TextTable(header: Self.csvHeader(words),
                              rows: items.map { [String($0.rank), $0.candidate, $0.bandLabel, $0.matchedSkills.joined(separator: ", "),
                                                 $0.gaps.isEmpty ? words.none : $0.gaps.joined(separator: ", ")] },
                              rightAligned: [0]).rendered
            return text
        }
    }

    /// The CSV columns in `words`' language.
    public static func csvHeader(_ words: Words) -> [String] {
        [words.rank, words.candidate, words.fit, words.matchedSkills, words.gaps]
    }

    public var csvRows: [[CSVCell]] {
        items.map { [.integer($0.rank), .text($0.candidate), .text($0.bandLabel),
                     .text($0.matchedSkills.joined(separator: "; ")), .text($0.gaps.joined(separator: "; "))] }
    }
}

extension [Shortlist] {
    /// Several vacancies' shortlists: JSON as an array, CSV with the vacancy's id first, tables one after another.
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json: return try jsonText(map(\.document))
        case .csv:
            let words = first?.names.words ?? Words(.ru)
            return CSVTable(header: [words.vacancy] + Shortlist.csvHeader(words),
                            rows: flatMap { shortlist in shortlist.csvRows.map { [.text(shortlist.vacancy.id)] + $0 } }).text
        case .table: return try map { try $0.render(.table) }.joined(separator: "\n")
        }
    }
}
