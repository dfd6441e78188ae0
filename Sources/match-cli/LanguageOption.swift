import ArgumentParser
import Localization
import Profiles

extension Language: ExpressibleByArgument {}

/// `--lang kk|ru|en`: the language of tables and CSV headers (default ru). When given, help and
/// messages follow it too (`InterfaceLanguage`).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(ui.languageOptionHelp))
    var lang: Language = .ru

    /// The words of tables and CSV headers.
    var words: Words { Words(lang) }
}
