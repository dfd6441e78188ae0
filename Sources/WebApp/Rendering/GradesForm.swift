import Foundation
import Guidance
import Localization
import Profiles

/// The pupil's grades form: one choice per subject of the catalogue (field `grade-<subject id>`), a blank
/// keeping the grade stored. The grades entered go to `MatchEngine.recordGrades`, which checks them as the
/// command line's `pupil grades` does.
enum GradesForm {
    static let fieldPrefix = "grade-"
    /// The grades a pupil can choose from (`MatchEngine.recordGrades` checks the same range).
    static let choices = 1...5

    /// A row per subject with the stored grade selected, in the catalogue's order.
    static func rows(subjects: [Subject], grades: [String: Int], language: Language) -> [[String: Any]] {
        subjects.map { subject in
            ["field": fieldPrefix + subject.id, "name": subject.name[language],
             "choices": choices.map { ["value": $0, "selected": grades[subject.id] == $0] as [String: Any] }] as [String: Any]
        }
    }

    /// The grades entered (blanks left out), by subject id.
    /// - Throws: `WebError.unprocessable` naming the first field that holds no whole number.
    static func grades(_ fields: FormFields, subjects: [Subject], words: Words) throws(WebError) -> [GradesRequest.Grade] {
        var grades: [GradesRequest.Grade] = []
        for subject in subjects {
            guard let text = fields[fieldPrefix + subject.id]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { continue }
            guard let grade = Int(text) else {
                throw .unprocessable(words.webGradeNotANumber(subject.name[words.language], text, lower: choices.lowerBound, upper: choices.upperBound))
            }
            grades.append(GradesRequest.Grade(subject: subject.id, grade: grade))
        }
        return grades
    }
}
