import ScoringCore
import ArgumentParser
import Profiles
import Guidance
import Presentation
import Localization

extension Language: ExpressibleByArgument {}

/// `--lang kk|ru|en` for labels in printed tables.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of labels: kk, ru or en.")
    var lang: Language = .ru
}
