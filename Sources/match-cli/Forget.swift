import ArgumentParser
import Localization
import Guidance
import Profiles

extension MatchCLI {
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(ui.forgetHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String

        func run() throws {
            let engine = try database.engine()
            guard try engine.forget(studentID: student) else { throw CLIError(ui.noStudent(student, in: engine.store.path)) }
            print(ui.removedStudent(student, from: engine.store.path))
        }
    }
}
