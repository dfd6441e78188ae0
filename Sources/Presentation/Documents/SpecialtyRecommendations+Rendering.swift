import Foundation
import Guidance
import Localization
import Profiles

extension SpecialtyRecommendations {
    /// The title line and the ranking table, without the details under it.
    public var summaryTable: String {
        let words = names.words
        let text = words.specialtiesRecommended(for: student.id) + " — " + names.region(student.regionID) + "\n\n"
        guard !items.isEmpty else { return text + words.noResults }
        return text + TextTable(header: [words.rank, words.specialty, words.code, words.fit, words.score],
                                rows: items.map { [String($0.rank), $0.name, $0.code ?? words.none, $0.bandLabel, String(format: "%.3f", $0.score)] },
                                rightAligned: [0, 4]).rendered
    }

    public func render(_ format: OutputFormat) throws -> String {
        let words = names.words
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return CSVTable(header: Self.csvHeader(words), rows: csvRows).text
        case .table:
            var text = summaryTable
            for item in items {
                text += "\n\(item.rank). \(item.name)\n"
                text += "   \(words.reasons): " + (item.reasons.isEmpty ? words.none : item.reasons.joined(separator: "; ")) + "\n"
                text += "   \(words.skillsToDevelop): " + (item.skillsToDevelop.isEmpty ? words.none : item.skillsToDevelop.prefix(6).map { "\($0.name) (\($0.has)→\($0.needed))" }.joined(separator: ", ")) + "\n"
                let collegesLabel = item.colleges.allSatisfy(\.inStudentRegion) ? words.colleges : words.collegesElsewhere
                text += "   \(collegesLabel): " + (item.colleges.isEmpty ? words.none : item.colleges.prefix(4).map(\.listed).joined(separator: "; ")) + "\n"
            }
            return text
        }
    }

    /// The CSV columns in `words`' language; the second holds the specialty's id.
    public static func csvHeader(_ words: Words) -> [String] {
        [words.rank, words.identifier, words.code, words.specialty, words.fit, words.score, words.reasons,
                words.skillsToDevelop, words.colleges]
    }

    public var csvRows: [[CSVCell]] {
        items.map { item in
            [.integer(item.rank), .text(item.specialtyID), .text(item.code ?? ""), .text(item.name), .text(item.bandLabel),
             .decimal(item.score), .text(item.reasons.joined(separator: "; ")),
             .text(item.skillsToDevelop.map { "\($0.name) \($0.has)→\($0.needed)" }.joined(separator: "; ")),
             .text(item.colleges.map(\.listed).joined(separator: "; "))]
        }
    }
}
