import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles

extension TextLanguage: ExpressibleByArgument {}

extension MatchCLI.VacancyCommand {
    /// Vacancy texts into candidate requirements, as JSON or as a vacancies file.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(ui.vacancyParseHelp)

        /// `--format json|csv`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case json, csv
        }

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(ui.vacancyFileHelp, valueName: "file"))
        var file: String

        @Option(name: .customLong("lang"), help: ArgumentHelp(ui.vacancyTextLanguageHelp))
        var language: TextLanguage = .auto

        @Option(help: ArgumentHelp(ui.vacancyEnterpriseHelp))
        var enterprise: String?

        @Option(help: ArgumentHelp(ui.vacancyFormatHelp))
        var format: Format = .json

        func run() throws {
            let texts: [VacancyTextInput]
            let content = try content()
            do {
                texts = try VacancyTextFile.texts(in: content)
            } catch {
                throw CLIError(ui.vacancyFileProblem(error, file: file))
            }
            let labels = Language(rawValue: language.rawValue) ?? ui.language
            let reading = try database.engine().readVacancyTexts(
                VacancyTextRequest(texts: texts, language: language, enterpriseID: enterprise, labelLanguage: labels))
            printRendered(try reading.render(format == .csv ? .csv : .json))
            printError(ui.vacancyTextsRead(texts.count, requirements: reading.document.texts.map(\.requirements.count).reduce(0, +),
                                           unknown: reading.document.texts.map(\.notInTaxonomy.count).reduce(0, +)))
        }

        /// The file's text, or standard input's for "-".
        private func content() throws -> String {
            let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
            guard let data, let text = String(data: data, encoding: .utf8) else { throw CLIError(ui.cannotReadTexts(file)) }
            return text
        }
    }
}
