extension NameKey {
    /// "Did you mean …": up to `limit` of `known` closest to `name`, closest first (ties by name), by the
    /// one rule of `SpellingIndex`. For a list used once; keep a `SpellingIndex` to ask it many times.
    public static func closest(to name: String, among known: some Sequence<String>, limit: Int = 3) -> [String] {
        SpellingIndex(known).closest(to: name, limit: limit).map(\.name)
    }
}
