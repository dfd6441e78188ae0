import Foundation

/// A small, fast, seedable generator (SplitMix64) whose stream is the same on every platform and
/// Swift version, so a seed always reproduces the same cohort.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Standard normal (Box–Muller).
    public mutating func normal() -> Double {
        let u = max(unit(), 1e-12), v = unit()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }

    /// An index drawn with probability proportional to `weights` (via a cumulative table).
    public mutating func pick(cumulative: [Double]) -> Int {
        let target = unit() * (cumulative.last ?? 0)
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }
}

/// Running sums of weights, for `SplitMix64.pick(cumulative:)`.
public func cumulativeSums(_ weights: [Double]) -> [Double] {
    var total = 0.0
    return weights.map { total += max(0, $0); return total }
}
