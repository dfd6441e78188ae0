/// Places that today's candidates cannot fill: demand − candidates.
///
/// Where the candidates are 1–9 (shown as "<10"), the exact gap beside the demand would give their
/// number away, so the gap is kept as the range it lies in: demand − 9 … demand − 1.
public struct Gap: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Every value the gap may have, given what the report shows; a single value when exact.
    public let range: ClosedRange<Int>

    public init(demand: Int, candidates: PersonCount) {
        let exact = demand - candidates.value
        range = candidates.isSuppressed ? (demand - PersonCount.threshold + 1)...(demand - 1) : exact...exact
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
