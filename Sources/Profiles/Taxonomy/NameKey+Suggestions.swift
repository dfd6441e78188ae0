extension NameKey {
    /// The one rule for "did you mean …": up to `limit` of `known` closest to `name`, closest first (ties
    /// by name). A candidate is close when its edit distance is at most a third of the name's length (at
    /// least 2), or when it contains the name (4 characters or more).
    public static func closest(to name: String, among known: some Sequence<String>, limit: Int = 3) -> [String] {
        let key = NameKey(name)
        let allowed = max(2, key.value.count / 3)
        let scored = known.compactMap { candidate -> (Int, String)? in
            let other = NameKey(candidate)
            let distance = key.distance(to: other)
            let contains = key.value.count >= 4 && other.value.contains(key.value)
            guard distance <= allowed || contains else { return nil }
            return (contains ? min(distance, allowed) : distance, candidate)
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
    }
}
