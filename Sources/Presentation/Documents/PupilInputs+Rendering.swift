import Foundation
import Guidance
import Localization
import Profiles

extension PupilInputs {
    /// The pupil's grades and skills as two tables, JSON or CSV (one row per grade or skill).
    public func render(_ format: OutputFormat) throws -> String {
        let words = names.words, document = document
        switch format {
        case .json:
            return try jsonText(document)
        case .csv:
            return CSVTable(header: [words.subject, words.mark, words.skill, words.level, words.evidence],
                            rows: document.grades.map { [.text($0.subject), .integer($0.grade), .text(""), .text(""), .text("")] }
                                + document.skills.map { [.text(""), .text(""), .text($0.skill), .integer($0.level), .text($0.evidence)] }).text
        case .table:
            var text = words.gradesAndSkills(of: student.id) + "\n\n"
            text += document.grades.isEmpty ? words.noGrades + "\n"
                : TextTable(header: [words.subject, words.mark], rows: document.grades.map { [$0.subject, String($0.grade)] },
                            rightAligned: [1]).rendered
            text += "\n"
            text += student.skills.isEmpty ? words.noSkills + "\n"
                : TextTable(header: [words.skill, words.level, words.evidence],
                            rows: student.skills.map { [names.skill($0.skillID), String($0.level), words.name(of: $0.evidence)] },
                            rightAligned: [1]).rendered
            return text
        }
    }
}
