import ArgumentParser
import Foundation
import Profiles

/// `--year`: the calendar year in which ages are judged (minimum ages, guardian consent).
struct YearOption: ParsableArguments {
    @Option(name: .customLong("year"), help: ArgumentHelp(ui.yearOptionHelp))
    var value = Calendar.currentYear
}
