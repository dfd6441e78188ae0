/// A cost in the assignment network, compared lexicographically: total fit first, then the number
/// of placed students, then which students are placed.
///
/// Assigning student s to a place with score w costs (−w·2³², −1, +s), so the cheapest allocation
/// has the largest total fit; among those, the most placed students; among those, the smallest sum
/// of placed student indices (lower ids first, as places break ties). All parts are exact integers,
/// so shortest paths and potentials carry no rounding error. Distances and potentials are sums over
/// at most one path of the network, so with fewer than 2³⁰ nodes every part stays below 2⁶² in
/// magnitude and the arithmetic wraps without checks (`AssignmentNetwork` enforces the bound).
struct FlowCost: Comparable {
    var fit: Int64
    var placed: Int64
    var order: Int64

    static let zero = FlowCost(fit: 0, placed: 0, order: 0)

    /// Scores are used as integers in units of 2⁻³²: exact for scores ≥ 2⁻⁹, within 2⁻³³ below that.
    static let fitScale = 4_294_967_296.0

    @inline(__always)
    static func scaled(_ score: Float) -> Int64 { Int64((Double(score) * fitScale).rounded()) }

    /// Nodes an `AssignmentNetwork` may have for the unchecked arithmetic above to stay exact.
    static let maximumNodeCount = 1 << 30

    /// The cost of assigning `student` along an arc worth `weight` (a scaled score).
    @inline(__always)
    static func assigning(_ student: Int, weight: Int64) -> FlowCost {
        FlowCost(fit: -weight, placed: -1, order: Int64(student))
    }

    @inline(__always)
    static func + (a: FlowCost, b: FlowCost) -> FlowCost {
        FlowCost(fit: a.fit &+ b.fit, placed: a.placed &+ b.placed, order: a.order &+ b.order)
    }

    @inline(__always)
    static func - (a: FlowCost, b: FlowCost) -> FlowCost {
        FlowCost(fit: a.fit &- b.fit, placed: a.placed &- b.placed, order: a.order &- b.order)
    }

    @inline(__always)
    static prefix func - (a: FlowCost) -> FlowCost {
        FlowCost(fit: -a.fit, placed: -a.placed, order: -a.order)
    }

    @inline(__always)
    static func < (a: FlowCost, b: FlowCost) -> Bool {
        if a.fit != b.fit { return a.fit < b.fit }
        if a.placed != b.placed { return a.placed < b.placed }
        return a.order < b.order
    }
}
