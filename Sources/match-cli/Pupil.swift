import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles

extension StudentSkill.Evidence: ExpressibleByArgument {}

extension MatchCLI {
    /// What the pupil tells about themselves: school grades, and skills from hobbies, courses and competitions.
    struct Pupil: ParsableCommand {
        static let configuration = CommandConfiguration(ui.pupilHelp, subcommands: [Grades.self, Skill.self, Show.self])
    }
}

extension MatchCLI.Pupil {
    struct Grades: ParsableCommand {
        static let configuration = CommandConfiguration(ui.pupilGradesHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String

        @Argument(help: ArgumentHelp(ui.gradesArgumentHelp, valueName: "subject=grade"))
        var grades: [String]

        /// `subject=grade`, split at the last `=` (a subject's name has none).
        var parsed: [GradesRequest.Grade] {
            get throws {
                try grades.map { text in
                    guard let split = text.lastIndex(of: "="), let grade = Int(text[text.index(after: split)...].trimmingCharacters(in: .whitespaces)),
                          !text[..<split].trimmingCharacters(in: .whitespaces).isEmpty else {
                        throw ValidationError(ui.gradeArgumentMalformed(text))
                    }
                    return GradesRequest.Grade(subject: text[..<split].trimmingCharacters(in: .whitespaces), grade: grade)
                }
            }
        }

        func validate() throws { _ = try parsed }

        func run() throws {
            let engine = try database.engine()
            let inputs = try engine.recordGrades(GradesRequest(studentID: student, grades: try parsed, language: language.lang))
            let text = try inputs.render(output.format)
            printRendered(text)
            try engine.recordRun(command: "pupil grades", parameters: ["subjects": String(grades.count), "lang": language.lang.rawValue],
                                 studentIDs: ["student": student], output: Data(text.utf8))
        }
    }

    struct Skill: ParsableCommand {
        static let configuration = CommandConfiguration(ui.pupilSkillHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String

        @Option(help: ArgumentHelp(ui.skillOptionHelp))
        var skill: String

        @Option(help: ArgumentHelp(ui.levelOptionHelp))
        var level: Int?

        @Option(help: ArgumentHelp(ui.evidenceOptionHelp))
        var evidence: StudentSkill.Evidence = .selfReported

        @Flag(help: ArgumentHelp(ui.removeSkillOptionHelp))
        var remove = false

        func validate() throws {
            guard remove || level != nil else { throw ValidationError(ui.levelRequired) }
        }

        func run() throws {
            let engine = try database.engine()
            let inputs = try engine.recordSkill(SkillRequest(studentID: student, skill: skill, level: level ?? 0, evidence: evidence,
                                                             remove: remove, language: language.lang))
            let text = try inputs.render(output.format)
            printRendered(text)
            try engine.recordRun(command: "pupil skill", parameters: ["skill": skill, "level": level.map(String.init) ?? "",
                                                                     "evidence": evidence.rawValue, "remove": remove ? "yes" : "no"],
                                 studentIDs: ["student": student], output: Data(text.utf8))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(ui.pupilShowHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String

        func run() throws {
            printRendered(try database.engine().pupilInputs(student, language: language.lang).render(output.format))
        }
    }
}
