import ArgumentParser
import Foundation
import Guidance
import Localization
import Presentation
import Profiles
import ScoringCore

extension MatchCLI {
    struct Questionnaire: ParsableCommand {
        static let configuration = CommandConfiguration(ui.questionnaireHelp, subcommands: [Take.self, Stats.self], defaultSubcommand: Take.self)
    }
}

/// The shipped item bank, from the Data/ folder.
func loadItemBank() throws -> ItemBank {
    guard let folder = DefaultLocations.dataDirectory else { throw CLIError(ui.noItemBank) }
    return try ItemBank.load(from: folder)
}

extension MatchCLI.Questionnaire {
    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(ui.takeQuestionnaireHelp, commandName: "take")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.studentIDOptionHelp))
        var student: String

        @Flag(help: ArgumentHelp(ui.shortFormOptionHelp))
        var short = false

        func run() throws {
            let bank = try loadItemBank()
            let engine = try database.engine()
            _ = try engine.snapshot().student(student)
            let words = language.words
            var session = QuestionnaireSession(bank: bank, form: short ? .short : .full)
            let keys = TerminalKeys()
            defer { keys.restore() }
            while let item = session.current {
                show(item, session: session, bank: bank, words: words, clear: keys.clearsScreen)
                let shown = ContinuousClock.now
                switch keys.next() {
                case .character(let key) where ("1"..."5").contains(key):
                    session.apply(.answer(Int(String(key))! - 1), elapsed: shown.duration(to: .now).inSeconds)
                case .character("b"), .character("B"), .left: session.apply(.back)
                case .character("q"), .character("Q"), .interrupt, .end: session.apply(.quit)
                case .character: continue
                }
            }
            keys.restore()
            if keys.clearsScreen { print("\u{1B}[2J\u{1B}[H", terminator: "") }
            let answers = session.answers(studentID: student, bank: bank, language: language.lang)
            guard !answers.responses.isEmpty else {
                print(words.questionnaireStopped(answered: 0, of: session.items.count))
                return
            }
            let result = try engine.submitAnswers(answers, bank: bank)
            if session.state == .stopped {
                print(words.questionnaireStopped(answered: answers.responses.count, of: session.items.count))
            } else {
                print(words.questionnaireSaved)
                print(QuestionnaireResultText(result: result, words: words).text)
            }
            try engine.recordRun(command: "questionnaire", parameters: ["form": session.form.rawValue, "lang": language.lang.rawValue],
                                 studentIDs: ["student": student],
                                 output: Data(answers.responses.keys.sorted().map { "\($0)=\(answers.responses[$0]!)" }.joined(separator: ";").utf8))
        }

        private func show(_ item: ItemBank.Item, session: QuestionnaireSession, bank: ItemBank, words: Words, clear: Bool) {
            var text = clear ? "\u{1B}[2J\u{1B}[H" : "\n"
            text += words.questionOf(session.position + 1, session.items.count) + "\n\n"
            text += bank.prompt[language.lang] + "\n\n  " + item.text[language.lang] + "\n\n"
            text += bank.scale.map { "  \($0.value + 1)  \($0.label[language.lang])" }.joined(separator: "\n") + "\n\n"
            text += words.questionnaireKeys + "\n"
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(ui.questionnaireStatsHelp, commandName: "stats")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Option(help: ArgumentHelp(ui.regionFilterOptionHelp))
        var region: String?

        @Option(help: ArgumentHelp(ui.schoolLanguageOptionHelp))
        var schoolLanguage: Language?

        func run() throws {
            let statistics = try database.engine().questionnaireStatistics(
                QuestionnaireStatisticsRequest(regionID: region, schoolLanguage: schoolLanguage, language: language.lang), bank: loadItemBank())
            printRendered(try statistics.render(output.format))
        }
    }
}
