import Testing
import Localization
import Profiles

@Suite("The language of help and messages")
struct InterfaceLanguageTests {
    @Test func langOnTheCommandLineWinsOverEverything() {
        let environment = ["MATCH_LANG": "kk", "LC_ALL": "en_US.UTF-8", "LANG": "kk_KZ.UTF-8"]
        #expect(InterfaceLanguage.choose(arguments: ["match-cli", "stats", "--lang", "ru"], environment: environment) == .ru)
        #expect(InterfaceLanguage.choose(arguments: ["match-cli", "stats", "--lang=ru"], environment: environment) == .ru)
        // After "--" it is an argument, not the option; a value that is no language is ignored
        #expect(InterfaceLanguage.choose(arguments: ["match-cli", "import", "--", "--lang", "ru"], environment: environment) == .kk)
        #expect(InterfaceLanguage.choose(arguments: ["match-cli", "stats", "--lang", "de"], environment: environment) == .kk)
    }

    @Test func thenMatchLangThenTheLocaleThenEnglish() {
        #expect(InterfaceLanguage.choose(arguments: [], environment: ["MATCH_LANG": "ru", "LANG": "kk_KZ.UTF-8"]) == .ru)
        #expect(InterfaceLanguage.choose(arguments: [], environment: ["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(InterfaceLanguage.choose(arguments: [], environment: ["LANG": "kk_KZ"]) == .kk)
        #expect(InterfaceLanguage.choose(arguments: [], environment: ["LC_ALL": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"]) == .kk)
        // LC_ALL decides when set, even for a language the tool does not speak
        #expect(InterfaceLanguage.choose(arguments: [], environment: ["LC_ALL": "C", "LANG": "ru_RU.UTF-8"]) == .en)
        #expect(InterfaceLanguage.choose(arguments: [], environment: ["LANG": "de_DE.UTF-8"]) == .en)
        #expect(InterfaceLanguage.choose(arguments: [], environment: [:]) == .en)
    }
}
