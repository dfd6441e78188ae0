import Foundation

/// The argument parser's own words in its help and usage messages, which it writes in English: each
/// pair is the English text and this language's. Applied to the text it renders.
extension Words {
    public var argumentParserPhrases: [(english: String, translated: String)] {
        switch language {
        case .en: []
        case .ru: [
            ("OVERVIEW:", "ОПИСАНИЕ:"), ("USAGE:", "ИСПОЛЬЗОВАНИЕ:"), ("ARGUMENTS:", "АРГУМЕНТЫ:"), ("OPTIONS:", "ПАРАМЕТРЫ:"),
            ("SUBCOMMANDS:", "КОМАНДЫ:"), ("Show help information.", "Показать справку."),
            ("for detailed help.", "— подробная справка."), ("(default: ", "(по умолчанию: "), ("; default: ", "; по умолчанию: "),
            ("See '", "См. '"), ("(values: ", "(значения: "),
            ("Usage: ", "Использование: "), ("for more information.", "— подробнее."), ("Help:  ", "Справка:  "),
            ("Missing expected argument", "Не задан обязательный аргумент"), ("Unknown option", "Неизвестный параметр"),
            ("Unexpected argument", "Лишний аргумент"), ("Missing value for", "Нет значения для"),
            ("is not a valid value for", "— недопустимое значение для"),
        ]
        case .kk: [
            ("OVERVIEW:", "СИПАТТАМА:"), ("USAGE:", "ҚОЛДАНЫЛУЫ:"), ("ARGUMENTS:", "АРГУМЕНТТЕР:"), ("OPTIONS:", "ПАРАМЕТРЛЕР:"),
            ("SUBCOMMANDS:", "КОМАНДАЛАР:"), ("Show help information.", "Анықтаманы көрсету."),
            ("for detailed help.", "— толық анықтама."), ("(default: ", "(әдепкі: "), ("; default: ", "; әдепкі: "),
            ("See '", "Қараңыз: '"), ("(values: ", "(мәндер: "),
            ("Usage: ", "Қолданылуы: "), ("for more information.", "— толығырақ."), ("Help:  ", "Анықтама:  "),
            ("Missing expected argument", "Міндетті аргумент берілмеген"), ("Unknown option", "Белгісіз параметр"),
            ("Unexpected argument", "Артық аргумент"), ("Missing value for", "Мәні берілмеген:"),
            ("is not a valid value for", "— жарамсыз мән:"),
        ]
        }
    }

    /// `text` with the argument parser's English phrases replaced by this language's.
    public func translatingArgumentParser(_ text: String) -> String {
        argumentParserPhrases.reduce(text) { $0.replacingOccurrences(of: $1.english, with: $1.translated) }
    }
}
