import Foundation
import Guidance
import Localization
import Profiles

extension FairnessAuditResult {
    public func render(_ format: OutputFormat) throws -> String {
        let words = names.words
        switch format {
        case .json:
            return try jsonText(self)
        case .csv:
            // The group column keeps the stored value (an id); rates are plain fractions, empty where withheld.
            return CSVTable(header: [words.group, words.candidates, words.selected, words.selectionRate, words.impactRatio,
                                     words.adverseImpact, words.tooSmallToJudgeColumn],
                            rows: groups.map { group in
                                [.text(group.name), .count(group.candidates), .count(group.selected), .rate(group.selectionRate),
                                 .rate(group.impactRatio), .text(group.adverseImpact ? "yes" : "no"), .text(group.tooSmallToJudge ? "yes" : "no")]
                            }).text
        case .table:
            let attributeName = name(of: attribute, words)
            var text: String
            switch subject {
            case let .shortlist(vacancyID, top): text = words.fairnessAuditOfShortlist(by: attributeName, vacancy: vacancyID, top: top)
            case .allocation: text = words.fairnessAuditOfAllocation(by: attributeName)
            }
            text += "\n" + words.auditTotals(candidates: candidates?.description ?? words.none, selected: selected?.description ?? words.none,
                                             unknown: unknown.description, attribute: attributeName) + "\n\n"
            text += TextTable(header: [words.group, words.candidates, words.selected, words.selectionRate, words.impactRatio, words.flag],
                              rows: groups.map { group in
                                  [groupName(group.name, words), group.candidates.description, group.selected.description,
                                   group.selectionRate.map { String(format: "%.3f", $0) } ?? words.none,
                                   group.impactRatio.map { String(format: "%.3f", $0) } ?? words.none,
                                   group.tooSmallToJudge ? words.tooSmallToJudge : group.adverseImpact ? words.belowFourFifths : ""]
                              }, rightAligned: [1, 2, 3, 4]).rendered
            if groups.contains(where: { $0.candidates.isSuppressed || $0.selected.isSuppressed }) || unknown.isSuppressed {
                text += "\n" + words.auditSuppressionNote + "\n"
            }
            return text
        }
    }

    private func name(of attribute: FairnessAuditRequest.Attribute, _ words: Words) -> String {
        switch attribute {
        case .sex: words.sexAttribute
        case .settlement: words.settlementAttribute
        case .schoolLanguage: words.schoolLanguageAttribute
        case .region: words.regionAttribute
        }
    }

    /// The group's value in the reader's language.
    private func groupName(_ value: String, _ words: Words) -> String {
        switch attribute {
        case .sex: Sex(rawValue: value).map(words.name(of:)) ?? value
        case .settlement: Settlement(rawValue: value).map(words.name(of:)) ?? value
        case .schoolLanguage: Language(rawValue: value).map(words.name(of:)) ?? value
        case .region: names.region(value)
        }
    }
}
