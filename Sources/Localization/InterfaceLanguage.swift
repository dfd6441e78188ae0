import Profiles

/// The language of help and messages, chosen once at start-up: `--lang` when it is on the command
/// line, else `MATCH_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`: ru_RU → ru, kk_KZ → kk),
/// else English. Tables and CSV headers follow `--lang` alone (default ru).
public enum InterfaceLanguage {
    /// The language for a process started with `arguments` (the program name first, or not) in `environment`.
    public static func choose(arguments: [String], environment: [String: String]) -> Language {
        if let language = fromArguments(arguments) { return language }
        if let value = environment["MATCH_LANG"], let language = Language(rawValue: value.lowercased()) ?? fromLocale(value) {
            return language
        }
        // POSIX precedence: the first of these that is set decides, even when it names another language.
        if let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }) {
            return fromLocale(locale) ?? .en
        }
        return .en
    }

    /// The value of the last `--lang X` or `--lang=X` before a `--`, if it names a language.
    static func fromArguments(_ arguments: [String]) -> Language? {
        var found: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.endIndex {
                found = Language(rawValue: arguments[index + 1]) ?? found
                index += 1
            } else if argument.hasPrefix("--lang=") {
                found = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? found
            }
            index += 1
        }
        return found
    }

    /// "ru_RU.UTF-8" → ru, "kk_KZ" → kk, "en_GB" → en; "C", "POSIX" and other languages → nil.
    static func fromLocale(_ locale: String) -> Language? {
        let code = locale.prefix { $0.isLetter }.lowercased()
        return Language(rawValue: code)
    }
}
