import ScoringCore
import ArgumentParser
import Profiles
import Guidance
import Presentation
import Localization

extension MatchCLI {
    struct Forget: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a student and everything stored about them.",
            discussion: """
            Deletes the profile with its grades and skills in one transaction. The audit log never held \
            the id itself (only a keyed hash), so nothing there names the student afterwards.

            Example:
              match-cli forget --student st-1k9-0000042
            """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The student's pseudonymous id.")
        var student: String

        func run() throws {
            let store = try database.open()
            guard try store.forget(studentID: student) else { throw CLIError("no student with id '\(student)' in \(store.path)") }
            print("Removed \(student) and their grades and skills from \(store.path).")
        }
    }
}
