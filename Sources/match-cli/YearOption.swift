import ArgumentParser
import Foundation
import Profiles

/// `--year`: the calendar year in which ages are judged (minimum ages, guardian consent), this year or
/// one either side. Whatever it is, an employer never sees a minor without consent: `Eligibility` judges
/// the minors' rules in no year later than this one.
struct YearOption: ParsableArguments {
    @Option(name: .customLong("year"), help: ArgumentHelp(ui.yearOptionHelp))
    var value = Calendar.currentYear

    func validate() throws {
        let now = Calendar.currentYear
        guard (now - 1...now + 1).contains(value) else { throw ValidationError(ui.yearOutOfRange(value, from: now - 1, to: now + 1)) }
    }
}
