import ScoringCore
import Allocation
import ArgumentParser
import Profiles

extension Language: ExpressibleByArgument {}

/// `--lang kk|ru|en` for labels in printed tables.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of labels: kk, ru or en.")
    var lang: Language = .ru
}
