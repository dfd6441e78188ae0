/// Selection rates by group and the four-fifths rule: a group selected at less than 0.8 times the rate
/// of the most-selected group is flagged for adverse impact. Groups with under 2% of the candidates, or
/// with fewer candidates than the caller's minimum, are flagged as too small to judge, and candidates
/// with no value for the attribute are counted apart.
public struct FairnessAudit: Sendable, Codable, Hashable {
    public struct Group: Sendable, Codable, Hashable {
        public var name: String
        public var candidates: Int
        public var selected: Int
        /// selected / candidates
        public var selectionRate: Double
        /// This group's rate divided by the highest group's rate (nil when no group was selected).
        public var impactRatio: Double?
        /// Impact ratio below 0.8 (four-fifths rule), among groups large enough to judge.
        public var adverseImpact: Bool
        /// Under 2% of the candidates with a known value, or fewer than the minimum group size.
        public var tooSmallToJudge: Bool
    }

    public static let fourFifths = 0.8
    public static let smallGroupShare = 0.02

    public var groups: [Group]
    /// Candidates whose attribute is unknown (e.g. sex not recorded).
    public var unknown: Int
    public var candidates: Int
    public var selected: Int

    /// - Parameters:
    ///   - candidates: one entry per candidate: its group (nil when unknown) and whether it was selected.
    ///   - minimumGroupSize: groups with fewer candidates are too small to judge, whatever their share
    ///     (the guidance layer passes its disclosure threshold).
    /// - Complexity: O(n).
    public init(_ candidates: [(group: String?, selected: Bool)], minimumGroupSize: Int = 0) {
        var counts: [String: (candidates: Int, selected: Int)] = [:]
        var unknown = 0
        for candidate in candidates {
            guard let group = candidate.group else { unknown += 1; continue }
            counts[group, default: (0, 0)].candidates += 1
            if candidate.selected { counts[group, default: (0, 0)].selected += 1 }
        }
        let known = counts.values.reduce(0) { $0 + $1.candidates }
        let rates = counts.mapValues { Double($0.selected) / Double($0.candidates) }
        let isSmall = { (size: Int) in size < minimumGroupSize || Double(size) < Self.smallGroupShare * Double(known) }
        let judged = counts.filter { !isSmall($0.value.candidates) }
        let best = judged.keys.compactMap { rates[$0] }.max() ?? 0
        groups = counts.keys.sorted().map { name in
            let count = counts[name]!
            let rate = rates[name]!
            let small = isSmall(count.candidates)
            let ratio: Double? = best > 0 ? rate / best : nil
            return Group(name: name, candidates: count.candidates, selected: count.selected, selectionRate: rate,
                         impactRatio: ratio, adverseImpact: !small && (ratio.map { $0 < Self.fourFifths - 1e-9 } ?? false),  // 0.32 / 0.4 is 0.7999… in floating point
                         tooSmallToJudge: small)
        }
        self.unknown = unknown
        self.candidates = candidates.count
        selected = candidates.filter(\.selected).count
    }
}
