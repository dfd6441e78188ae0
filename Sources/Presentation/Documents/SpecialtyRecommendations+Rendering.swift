import Foundation
import Guidance
import Localization
import Matcher
import Profiles

extension SpecialtyRecommendations {
    /// The title line, where the pupil can study, and the ranking table, without the details under it.
    public var summaryTable: String {
        let words = names.words
        var text = words.specialtiesRecommended(for: student.id) + " — " + names.region(student.regionID) + "\n"
        text += reachText + "\n"
        if advice.interestsFlat { text += words.interestsFlat + "\n" }
        text += "\n"
        guard !items.isEmpty else { return text + words.nothingWithinReach + "\n" }
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
            for item in items { text += details(item) }
            if !outOfReachItems.isEmpty {
                text += "\n" + words.inDemandElsewhereTaught + "\n"
                for item in outOfReachItems {
                    text += "\n\(item.rank). \(item.name) — \(item.bandLabel), \(String(format: "%.3f", item.score))\n"
                    text += "   \(words.work): " + words.demand(in: names.region(student.regionID), places: item.places, seats: item.seats) + "\n"
                    text += "   \(words.taughtIn): " + item.colleges.map { "\($0.listed), \($0.region)" }.joined(separator: "; ") + "\n"
                }
            }
            return text
        }
    }

    private func details(_ item: Item) -> String {
        let words = names.words
        var text = "\n\(item.rank). \(item.name)\n"
        text += "   \(words.reasons): " + (item.reasons.isEmpty ? words.none : item.reasons.joined(separator: "; ")) + "\n"
        text += "   \(words.scoreParts): " + Self.partsText(item.parts, words) + "\n"
        if !item.prospectsCounted { text += "   " + words.prospectsNotCounted + "\n" }
        text += "   \(words.skillsToDevelop): " + (item.skillsToDevelop.isEmpty ? words.none : item.skillsToDevelop.prefix(6).map { "\($0.name) (\($0.has)→\($0.needed))" }.joined(separator: ", ")) + "\n"
        text += "   \(words.colleges): " + (item.colleges.isEmpty ? words.none : item.colleges.prefix(4).map(\.listed).joined(separator: "; ")) + "\n"
        return text
    }

    /// "interests 0.35 × 0.820 = 0.287; …": every part with its weight, value and contribution.
    public static func partsText(_ parts: [ScorePart], _ words: Words) -> String {
        parts.map { words.part($0.label, weight: String(format: "%.2f", $0.weight), value: String(format: "%.3f", $0.value),
                               contribution: String(format: "%.3f", $0.contribution)) }.joined(separator: "; ")
    }

    /// The CSV columns in `words`' language: the list (within reach or out of it), rank, the specialty's id,
    /// …, one column per part of the score (its contribution), then reasons, skills and colleges.
    public static func csvHeader(_ words: Words) -> [String] {
        [words.list, words.rank, words.identifier, words.code, words.specialty, words.fit, words.score]
            + SpecialtyPart.allCases.map { words.name(of: $0) }
            + [words.reasons, words.skillsToDevelop, words.colleges]
    }

    public var csvRows: [[CSVCell]] {
        let words = names.words
        return items.map { row($0, list: words.withinReachList) } + outOfReachItems.map { row($0, list: words.inDemandElsewhereTaught) }
    }

    private func row(_ item: Item, list: String) -> [CSVCell] {
        [.text(list), .integer(item.rank), .text(item.specialtyID), .text(item.code ?? ""), .text(item.name), .text(item.bandLabel),
         .decimal(item.score)]
            + item.parts.map { CSVCell.decimal($0.contribution) }
            + [.text(item.reasons.joined(separator: "; ")),
               .text(item.skillsToDevelop.map { "\($0.name) \($0.has)→\($0.needed)" }.joined(separator: "; ")),
               .text(item.colleges.map(\.listed).joined(separator: "; "))]
    }
}
