import ArgumentParser
import Localization
import Profiles

extension MatchCLI {
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(ui.forgetHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String

        func run() throws {
            let store = try database.open()
            guard try store.forget(studentID: student) else { throw CLIError(ui.noStudent(student, in: store.path)) }
            print(ui.removedStudent(student, from: store.path))
        }
    }
}
