import Profiles
import Matcher
/// Places minus a number of persons: a gap (demand − candidates) or unfilled places (places − people placed).
///
/// Where the persons are 1–9 (shown as "<10"), the exact difference beside the places would give their
/// number away, so it is kept as the range it lies in: places − 9 … places − 1 for a gap, which may be
/// negative; never below 0 for unfilled places, since no more people are placed than there are places.
public struct Gap: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Every value the difference may have, given what the report shows; a single value when exact.
    public let range: ClosedRange<Int>

    public init(places: Int, minus persons: PersonCount) {
        let exact = places - persons.value
        range = persons.isSuppressed ? (places - PersonCount.threshold + 1)...(places - 1) : exact...exact
    }

    /// The places left unfilled when `placed` persons took some of them (never more than `places`):
    /// within 0 … places, e.g. `0…7` for 8 places and "<10" placed.
    public init(unfilled places: Int, placed: PersonCount) {
        precondition(placed.value <= places, "no more people are placed than there are places")
        let exact = places - placed.value
        range = placed.isSuppressed ? max(0, places - PersonCount.threshold + 1)...(places - 1) : exact...exact
    }

    init(range: ClosedRange<Int>) { self.range = range }

    static let zero = Gap(range: 0...0)

    /// The sum of two, e.g. unfilled places over vacancies: ranges add bound by bound.
    static func + (a: Gap, b: Gap) -> Gap {
        Gap(range: (a.range.lowerBound + b.range.lowerBound)...(a.range.upperBound + b.range.upperBound))
    }

    /// Orders by what is shown (upper bound, then lower), never by a hidden exact value.
    public static func < (a: Gap, b: Gap) -> Bool {
        (a.range.upperBound, a.range.lowerBound) < (b.range.upperBound, b.range.lowerBound)
    }

    public var isExact: Bool { range.lowerBound == range.upperBound }

    /// Whether places are surely left unfilled.
    public var isShortfall: Bool { range.lowerBound > 0 }

    /// "-12", or "48…56" for a range.
    public var description: String { text(String.init) }

    /// The gap with each bound written by `number`.
    public func text(_ number: (Int) -> String) -> String {
        isExact ? number(range.lowerBound) : number(range.lowerBound) + "…" + number(range.upperBound)
    }

    /// A number when exact, else the range as text, so a script can tell the two apart.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if isExact { try container.encode(range.lowerBound) } else { try container.encode(description) }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            range = value...value
            return
        }
        let text = try container.decode(String.self)
        let bounds = text.split(separator: "…").compactMap { Int($0) }
        guard bounds.count == 2, bounds[0] <= bounds[1] else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a gap is a whole number or \"low…high\", not '\(text)'")
        }
        range = bounds[0]...bounds[1]
    }
}
