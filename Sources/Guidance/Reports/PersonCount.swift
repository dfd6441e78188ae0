import Profiles
import Matcher
/// A number of persons as an audience may see it (`DisclosureRule`). A count from 1 to 9 is shown (and
/// exported) as "<10" so no child can be singled out, unless the rule lets its audience see it exactly;
/// 0 and 10 or more are always shown as they are.
///
/// Not `Comparable` on purpose: ordering rows by `value` would give the hidden counts away. Sort by
/// `shownOrder`, then by id.
public struct PersonCount: Sendable, Hashable, Codable, CustomStringConvertible {
    public var value: Int
    /// Whether a count from 1 to 9 is shown as it is.
    public var isExact: Bool

    /// A count shown as "<10" from 1 to 9: the form for an aggregate of persons its audience does not see.
    public init(_ value: Int) {
        self.value = value
        isExact = false
    }

    /// A count shown as it is, for an audience `DisclosureRule` lets see it.
    public static func exact(_ value: Int) -> PersonCount {
        var count = PersonCount(value)
        count.isExact = true
        return count
    }

    public static let threshold = 10
    public var isSuppressed: Bool { !isExact && value > 0 && value < Self.threshold }
    /// "<10" when suppressed, otherwise the number.
    public var description: String { isSuppressed ? "<\(Self.threshold)" : String(value) }
    /// The number to draw in a chart: suppressed counts are drawn as 0 and labelled "<10".
    public var chartValue: Int { isSuppressed ? 0 : value }

    /// Orders counts by what is shown: 0, then every "<10" alike, then 10, 11, …
    public var shownOrder: Int { isSuppressed ? 1 : value }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if isSuppressed { try container.encode(description) } else { try container.encode(value) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) { self.init(value) } else { self.init(1) }
    }
}
