import ArgumentParser
import Foundation
import ScoringCore
import Profiles
import Guidance
import Presentation
import Localization

/// `--year`: the calendar year in which ages are judged (minimum ages, guardian consent).
struct YearOption: ParsableArguments {
    @Option(name: .customLong("year"), help: "The year ages are judged in (default: this year).")
    var value = Calendar.currentYear
}
