import Profiles
import Matcher
/// A number of persons in an aggregate. Counts from 1 to 9 are shown (and exported) as "<10" so no
/// child can be singled out; 0 and 10 or more are shown as they are.
public struct PersonCount: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) { self.value = value }

    public static let threshold = 10

    public var isSuppressed: Bool { value > 0 && value < Self.threshold }

    /// "<10" for 1–9, otherwise the number.
    public var description: String { isSuppressed ? "<\(Self.threshold)" : String(value) }

    /// The number to draw in a chart: suppressed counts are drawn as 0 and labelled "<10".
    public var chartValue: Int { isSuppressed ? 0 : value }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if isSuppressed { try container.encode(description) } else { try container.encode(value) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) { self.value = value } else { value = 1 }
    }

    public static func < (a: PersonCount, b: PersonCount) -> Bool { a.value < b.value }
}
