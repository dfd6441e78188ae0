import Foundation

extension Calendar {
    /// This year in UTC; ages are checked against it unless a command is given another reference year.
    public static var currentYear: Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.component(.year, from: Date())
    }
}
