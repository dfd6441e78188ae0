import Matcher

/// The one rule for showing counts of persons (Docs/Privacy.md, "Who sees which counts"):
///
/// - the **department** sees every count exactly: it holds the records the counts are made of;
/// - every other audience sees exactly the count of persons it is shown one by one anyway (an employer's
///   eligible candidates, whom its shortlist lists under pseudonyms): the number tells nothing the rows
///   do not;
/// - every other count of persons, an aggregate of people the audience does not see (those excluded
///   from a shortlist, a group in a fairness audit, anything in the published report), is shown as
///   "<10" from 1 to 9, and a total or rate that would give such a count away is withheld: a rate beside a
///   count not shown exactly, and the fewest figures that let the count be worked out through a sum
///   (`complements(in:)`, `totalRevealsSuppressed(_:)`).
///
/// Groups of fewer than `PersonCount.threshold` persons are also too small to judge a rate by.
public enum DisclosureRule {
    /// Whether the audience sees the persons a count is of.
    public enum Persons: Sendable, Hashable {
        /// Persons the audience is shown one by one (or may list with a longer `--top`).
        case shownOneByOne
        /// Persons the audience does not see: the count is an aggregate about others.
        case notShown
    }

    /// The count `value` of `persons` as `audience` may see it.
    public static func count(_ value: Int, of persons: Persons, for audience: Audience) -> PersonCount {
        audience == .department || persons == .shownOneByOne ? .exact(value) : PersonCount(value)
    }

    /// Whether `audience` sees exact counts of persons it is not shown.
    public static func seesExactCounts(_ audience: Audience) -> Bool { audience == .department }

    /// Whether a group of `size` persons is too small for a rate to say anything, or to be shown
    /// outside the department: fewer than `PersonCount.threshold`.
    public static func isTooSmallToJudge(_ size: Int) -> Bool { size < PersonCount.threshold }

    /// A rate of `part` over `whole` (placed / places, placed / students), shown only where both are shown
    /// exactly: beside "<10" or a withheld figure, rate × whole would give the count away. nil then, or
    /// where `whole` is 0.
    public static func rate(_ part: PersonCount?, over whole: PersonCount?) -> Double? {
        guard let part, let whole, !part.isSuppressed, !whole.isSuppressed, whole.value > 0 else { return nil }
        return Double(part.value) / Double(whole.value)
    }
}
