import Foundation
import Guidance
import Localization
import Profiles

extension SpecialtyRecommendations {
    /// The title line and the ranking table, without the details under it.
    public var summaryTable: String {
        let text = Labels.format("title.recommend.specialties", names.language, student.id) + " — " + names.region(student.regionID) + "\n\n"
        guard !items.isEmpty else { return text + names.label("no results") }
        return text + TextTable(header: [names.label("rank"), names.label("specialty"), names.label("code"), names.label("fit"), names.label("score")],
                                rows: items.map { [String($0.rank), $0.name, $0.code ?? "—", $0.bandLabel, String(format: "%.3f", $0.score)] },
                                rightAligned: [0, 4]).rendered
    }

    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return csvText(header: Self.csvHeader, rows: csvRows)
        case .table:
            var text = summaryTable
            for item in items {
                text += "\n\(item.rank). \(item.name)\n"
                text += "   \(names.label("reasons")): " + (item.reasons.isEmpty ? "—" : item.reasons.joined(separator: "; ")) + "\n"
                text += "   \(names.label("develop")): " + (item.skillsToDevelop.isEmpty ? "—" : item.skillsToDevelop.prefix(6).map { "\($0.name) (\($0.has)→\($0.needed))" }.joined(separator: ", ")) + "\n"
                let collegesLabel = item.colleges.allSatisfy(\.inStudentRegion) ? "colleges" : "colleges.elsewhere"
                text += "   \(names.label(collegesLabel)): " + (item.colleges.isEmpty ? "—" : item.colleges.prefix(4).map(\.listed).joined(separator: "; ")) + "\n"
            }
            return text
        }
    }
}
