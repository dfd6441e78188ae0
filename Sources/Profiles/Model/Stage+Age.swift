/// How old a person at each stage can plausibly be. Birth dates are not kept, so the age is the one
/// reached during the reference year: reference year − birth year.
extension Stage {
    /// A pupil in grade g is normally 6 + g; up to this many years older or younger is accepted
    /// (a late or early start, a repeated year).
    public static let schoolAgeTolerance = 3
    /// The youngest college student: entry after grade 9 is normally at 15; a year early gives 14.
    public static let youngestCollegeStudent = 14
    /// The youngest graduate: the shortest programmes after grade 9 take two years (17); a year early gives 16.
    public static let youngestGraduate = 16
    /// The oldest student or graduate the matching is meant for (the oldest minimum age of a vacancy).
    public static let oldestStudent = 70

    /// The ages (reference year − birth year) accepted at this stage.
    public var plausibleAges: ClosedRange<Int> {
        switch self {
        case .school(let grade): (6 + grade - Self.schoolAgeTolerance)...(6 + grade + Self.schoolAgeTolerance)
        case .college: Self.youngestCollegeStudent...Self.oldestStudent
        case .graduate: Self.youngestGraduate...Self.oldestStudent
        }
    }

    /// Why `birthYear` does not suit this stage in `year`, or nil when it does, e.g.
    /// "a pupil in grade 7 is 10–16 in 2026 (6 + grade, ± 3 years); born 1950 makes 76".
    public func implausibleBirthYear(_ birthYear: Int, in year: Int) -> ImportProblem.Reason? {
        let ages = plausibleAges, age = year - birthYear
        guard !ages.contains(age) else { return nil }
        return .implausibleAge(stage: self, lowest: ages.lowerBound, highest: ages.upperBound, year: year, age: age)
    }
}
