import Foundation
import Guidance
import Localization
import Profiles

extension VacancyList {
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return csvText(header: ["rank", "vacancy_id", "title", "enterprise", "region", "kind", "score", "matched_skills", "gaps"],
                           rows: items.map { item in
                               [String(item.rank), item.vacancyID, item.title, item.enterprise, item.region, item.kind, String(item.score),
                                item.matchedSkills.joined(separator: "; "), item.gaps.map { "\($0.name) \($0.has)→\($0.needed)" }.joined(separator: "; ")]
                           })
        case .table:
            var text = Labels.format("title.recommend.vacancies", names.language, student.id) + " — " + names.region(student.regionID) + "\n\n"
            guard !items.isEmpty else { return text + names.label("no results") }
            text += TextTable(header: [names.label("rank"), names.label("vacancy"), names.label("enterprise"), names.label("region"), names.label("kind"), names.label("score")],
                              rows: items.map { [String($0.rank), $0.title, $0.enterprise, $0.region, $0.kind, String(format: "%.3f", $0.score)] },
                              rightAligned: [0, 5]).rendered
            for item in items {
                text += "\n\(item.rank). \(item.title)\n"
                text += "   \(names.label("matched")): " + (item.matchedSkills.isEmpty ? "—" : item.matchedSkills.joined(separator: ", ")) + "\n"
                text += "   \(names.label("gaps")): " + (item.gaps.isEmpty ? "—" : item.gaps.map { "\($0.name) (\($0.has)→\($0.needed))" }.joined(separator: ", ")) + "\n"
            }
            return text
        }
    }
}
