import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation

extension MatchCLI {
    /// The one-page result a pupil takes home.
    struct Result: ParsableCommand {
        static let configuration = CommandConfiguration(ui.resultHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String

        @Option(help: ArgumentHelp(ui.resultOutOptionHelp, valueName: "file"))
        var out = "result.html"

        func run() throws {
            let engine = try database.engine()
            let page = PupilResultPage(try engine.pupilResult(PupilResultRequest(studentID: student, language: language.lang)))
            let html = Data(page.html.utf8)
            try AtomicFile.write(html, to: out)
            print(ui.resultWritten(out))
            try engine.recordRun(command: "result", parameters: ["lang": language.lang.rawValue, "out": out],
                                 studentIDs: ["student": student], output: html)
        }
    }
}
