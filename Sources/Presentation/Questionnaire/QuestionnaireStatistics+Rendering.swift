import Foundation
import Guidance
import Localization
import Profiles

extension QuestionnaireStatistics {
    public func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .json: return try jsonText(document)
        case .csv: return CSVTable(header: Self.csvHeader(words), rows: csvRows).text
        case .table:
            guard !groups.isEmpty else { return words.noAnswers }
            return groups.map { group in
                "\(words.questionnaireLanguage): \(group.language.rawValue), \(words.name(of: group.form)), \(words.respondents.lowercased()): \(group.respondents)\n\n"
                    + TextTable(header: [words.scale, words.alpha, words.meanScore, words.deciles, words.weakestItem],
                                rows: group.scales.map { scale in
                                    [words.name(of: scale.type), Self.decimal(scale.alpha), Self.decimal(scale.mean), Self.deciles(scale),
                                     Self.weakest(scale)]
                                }, rightAligned: [1, 2]).rendered
            }.joined(separator: "\n")
        }
    }

    static func csvHeader(_ words: Words) -> [String] {
        [words.questionnaireLanguage, words.form, words.scale, words.respondents, words.alpha, words.meanScore, "10%", "50%", "90%", words.weakestItem]
    }

    var csvRows: [[CSVCell]] {
        groups.flatMap { group in group.scales.map { Self.row(group, $0) } }
    }

    private static func row(_ group: Group, _ scale: ScaleStatistics) -> [CSVCell] {
        let alpha: CSVCell = scale.alpha.map { .decimal(($0 * 1000).rounded() / 1000) } ?? .text("")
        let deciles: [CSVCell] = [0, 4, 8].map { scale.deciles.indices.contains($0) ? .decimal(scale.deciles[$0]) : .text("") }
        let head: [CSVCell] = [.text(group.language.rawValue), .text(group.form.rawValue), .text(scale.type.rawValue),
                               .integer(scale.respondents), alpha, .decimal((scale.mean * 1000).rounded() / 1000)]
        return head + deciles + [.text(weakest(scale))]
    }

    static func decimal(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "—" }

    static func deciles(_ scale: ScaleStatistics) -> String {
        scale.deciles.count == 9 ? [0, 4, 8].map { String(format: "%.2f", scale.deciles[$0]) }.joined(separator: " / ") : "—"
    }

    /// The item that agrees least with the rest of its scale: the first to revise.
    static func weakest(_ scale: ScaleStatistics) -> String {
        guard let item = scale.itemTotal.min(by: { ($0.correlation ?? -2) < ($1.correlation ?? -2) }) else { return "—" }
        return "\(item.itemID) (\(decimal(item.correlation)))"
    }
}

/// What the terminal shows when a pupil finishes: the six scores as bars, and any flags.
public struct QuestionnaireResultText {
    public let result: QuestionnaireResult
    public let words: Words

    public init(result: QuestionnaireResult, words: Words) {
        self.result = result
        self.words = words
    }

    public var text: String {
        var lines: [String] = []
        if let interests = result.interests {
            lines.append(words.yourInterests + ":")
            let names = RIASEC.allCases.map { words.name(of: $0) }
            let width = names.map(\.count).max() ?? 0
            for (type, name) in zip(RIASEC.allCases, names) {
                let bar = String(repeating: "█", count: Int((interests[type] * 20).rounded()))
                lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + String(format: "%.2f", interests[type]) + "  " + bar)
            }
        }
        for flag in result.flags.sorted() { lines.append("! " + words.name(of: flag)) }
        return lines.joined(separator: "\n")
    }
}
