import Foundation
import Guidance
import Localization
import Profiles

extension Shortlist {
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return csvText(header: Self.csvHeader, rows: csvRows)
        case .table:
            var text = Labels.format("title.shortlist", names.language, vacancy.title[names.language]) + " — " + names.enterprise(vacancy.enterpriseID)
                + ", " + names.region(vacancy.regionID) + "\n\n"
            text += "\(names.label("eligible")): \(summary.eligible) / \(summary.students). \(names.label("excluded")): "
                + Self.reasonOrder.compactMap { reason in summary.excluded[reason].map { "\(names.label("reason.\(reason)")) \($0)" } }.joined(separator: ", ") + "\n\n"
            guard !items.isEmpty else { return text + names.label("no results") }
            text += TextTable(header: [names.label("rank"), names.label("candidate"), names.label("stage"), names.label("score"), names.label("matched"), names.label("gaps")],
                              rows: items.map { [String($0.rank), $0.candidate, $0.stage, String(format: "%.3f", $0.score),
                                                $0.matchedSkills.joined(separator: ", "), $0.gaps.isEmpty ? "—" : $0.gaps.joined(separator: ", ")] },
                              rightAligned: [0, 3]).rendered
            return text
        }
    }
}

extension [Shortlist] {
    /// Several vacancies' shortlists: JSON as an array, CSV with a vacancy column, tables one after another.
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json: try jsonText(map(\.document))
        case .csv: csvText(header: ["vacancy"] + Shortlist.csvHeader,
                           rows: flatMap { shortlist in shortlist.csvRows.map { [shortlist.vacancy.id] + $0 } })
        case .table: try map { try $0.render(.table) }.joined(separator: "\n")
        }
    }
}
