import Foundation
import Guidance
import Localization
import Profiles

extension VacancyList {
    public func render(_ format: OutputFormat) throws -> String {
        let words = names.words
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return CSVTable(header: [words.rank, words.identifier, words.vacancy, words.enterprise, words.region, words.kind,
                                     words.score] + Self.partColumns(words) + [words.matchedSkills, words.gaps],
                            rows: items.map { item in
                                [.integer(item.rank), .text(item.vacancyID), .text(item.title), .text(item.enterprise), .text(item.region),
                                 .text(item.kind), .decimal(item.score)] + item.parts.map { .decimal($0.contribution) }
                                + [.text(item.matchedSkills.joined(separator: "; ")),
                                 .text(item.gaps.map { "\($0.name) \($0.has)→\($0.needed)" }.joined(separator: "; "))]
                            }).text
        case .table:
            var text = words.vacanciesAndPlaces(for: student.id) + " — " + names.region(student.regionID) + "\n\n"
            guard !items.isEmpty else { return text + words.noResults }
            text += TextTable(header: [words.rank, words.vacancy, words.enterprise, words.region, words.kind, words.score],
                              rows: items.map { [String($0.rank), $0.title, $0.enterprise, $0.region, $0.kind, String(format: "%.3f", $0.score)] },
                              rightAligned: [0, 5]).rendered
            for item in items {
                text += "\n\(item.rank). \(item.title)\n"
                text += "   \(words.scoreParts): " + SpecialtyRecommendations.partsText(item.parts, words) + "\n"
                text += "   \(words.matchedSkills): " + (item.matchedSkills.isEmpty ? words.none : item.matchedSkills.joined(separator: ", ")) + "\n"
                text += "   \(words.gaps): " + (item.gaps.isEmpty ? words.none : item.gaps.map { "\($0.name) (\($0.has)→\($0.needed))" }.joined(separator: ", ")) + "\n"
            }
            return text
        }
    }

    /// One CSV column per part of a vacancy fit, in `Explainer`'s order: skills, interests.
    static func partColumns(_ words: Words) -> [String] { ["skills", "interests"].map(words.vacancyPartName) }
}
