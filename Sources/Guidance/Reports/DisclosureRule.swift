import Matcher

/// The one rule for showing counts of persons (Docs/Privacy.md, "Who sees which counts"):
///
/// - the **department** sees every count exactly: it holds the records the counts are made of;
/// - every other audience sees exactly the count of persons it is shown one by one anyway (an employer's
///   eligible candidates, whom its shortlist lists under pseudonyms): the number tells nothing the rows
///   do not;
/// - every other count of persons, an aggregate of people the audience does not see (those excluded
///   from a shortlist, a group in a fairness audit, anything in the published report), is shown as
///   "<10" from 1 to 9, and a total or rate that would give such a count away is withheld.
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

    /// Whether a total of `rows` would give a suppressed row away (the total minus the shown rows): when
    /// it is the only one, or when the suppressed rows must all be 1 or all be 9.
    public static func totalRevealsSuppressed(_ rows: [PersonCount]) -> Bool {
        let hidden = rows.filter(\.isSuppressed).map(\.value)
        let sum = hidden.reduce(0, +)
        return hidden.count == 1 || (!hidden.isEmpty && (sum == hidden.count || sum == hidden.count * (PersonCount.threshold - 1)))
    }
}
