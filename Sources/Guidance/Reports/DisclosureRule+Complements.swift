/// Complementary (secondary) suppression, as statistical offices do it (τ-ARGUS, sdcTable): besides the
/// counts shown as "<10", withhold the fewest other figures so that no "<10" can be worked out from the
/// figures around it (Docs/Privacy.md, "Complementary suppression").
extension DisclosureRule {
    /// The fewest values a count shown as "<10" may be narrowed to by the figures around it: a reader who
    /// knows every shown figure and how they add up still finds at least this many values possible (or
    /// all of its own range, where its places allow fewer, e.g. 1 … 3 placed at 4 places).
    public static let minimumPossibleValues = 5

    /// Whether a count shown as "<10" with own range `own` is protected when a reader can narrow it to `interval`.
    public static func isProtected(_ interval: ClosedRange<Int>, own: ClosedRange<Int>) -> Bool {
        interval.count >= min(minimumPossibleValues, own.count)
    }

    /// The counts shown as "<10" that a reader can narrow too far when the cells in `withheld` are left out.
    public static func exposed(in counts: LinkedCounts, withheld: Set<Int>) -> [Int] {
        let intervals = counts.intervals(withheld: withheld)
        return counts.cells.indices.filter {
            counts.shown($0, withheld: withheld) == .suppressed && !isProtected(intervals[$0], own: counts.ownRange($0))
        }
    }

    /// The cells to withhold so that no count shown as "<10" is exposed. For each exposed count, the nearest
    /// figures first: those in the relations the count is in, then those one step further (the totals of
    /// those totals), and so on; at each step the smallest figure that, with the steps before it, widens
    /// what a reader can tell of the count. Figures of the steps before are withheld only where the wider
    /// interval needs them (a total withheld while the total above it still gives it away protects
    /// nothing). Repeated until none is exposed. Only counts that may be withheld, and are neither 0 nor
    /// already hidden, are chosen; a count that no withheld figure can widen is left as it is.
    /// - Complexity: O(chosen × tried × `intervals`).
    public static func complements(in counts: LinkedCounts) -> Set<Int> {
        var withheld = Set<Int>(), hopeless = Set<Int>()
        let relationsOf = counts.relationsByCell
        while true {
            let intervals = counts.intervals(withheld: withheld)
            guard let target = counts.cells.indices.first(where: {
                !hopeless.contains($0) && counts.shown($0, withheld: withheld) == .suppressed
                    && !isProtected(intervals[$0], own: counts.ownRange($0))
            }) else { return withheld }
            let chosen = widening(target, counts, withheld, relationsOf)
            if chosen.isEmpty { hopeless.insert(target) } else { withheld.formUnion(chosen) }
        }
    }

    /// The figures, nearest to `target` through the relations and smallest first, whose withholding widens it.
    private static func widening(_ target: Int, _ counts: LinkedCounts, _ withheld: Set<Int>, _ relationsOf: [[Int]]) -> Set<Int> {
        let own = counts.ownRange(target)
        func width(_ extra: Set<Int>) -> Int { counts.intervals(withheld: withheld.union(extra))[target].count }
        let now = width([])
        var seenCells: Set<Int> = [target], seenRelations = Set<Int>(), frontier = [target], before = Set<Int>()
        while !frontier.isEmpty {
            var next: [Int] = []
            for cell in frontier {
                for relation in relationsOf[cell] where seenRelations.insert(relation).inserted {
                    for term in counts.relations[relation].terms where seenCells.insert(term.cell).inserted { next.append(term.cell) }
                }
            }
            let candidates = next.filter {
                counts.cells[$0].mayBeWithheld && counts.cells[$0].value > 0 && counts.shown($0, withheld: withheld) == .exact
            }.sorted { (counts.cells[$0].value, $0) < (counts.cells[$1].value, $1) }
            for candidate in candidates where width(before.union([candidate])) > now {
                // Keep of the steps before only what the gain needs, dropping the largest first.
                var chosen = before.union([candidate])
                let goal = width(chosen)
                for cell in chosen.sorted(by: { (counts.cells[$0].value, $0) > (counts.cells[$1].value, $1) }) where cell != candidate {
                    let without = width(chosen.subtracting([cell]))
                    if without >= goal || (without > now && without >= min(minimumPossibleValues, own.count)) { chosen.remove(cell) }
                }
                return chosen
            }
            before.formUnion(candidates)
            frontier = next
        }
        return []
    }

    /// Whether a total of `rows` would give a suppressed row away: whether the rows shown as "<10" could be
    /// narrowed below `minimumPossibleValues` by the total minus the rows shown exactly (e.g. two "<10"
    /// adding up to 2 must both be 1). The same test as the report's, on one table.
    public static func totalRevealsSuppressed(_ rows: [PersonCount]) -> Bool {
        guard rows.contains(where: \.isSuppressed) else { return false }
        var counts = LinkedCounts()
        let parts = rows.enumerated().filter(\.element.isSuppressed).map { counts.add("row:\($0.offset)", value: $0.element.value) }
        let shown = rows.filter { !$0.isSuppressed }.reduce(0) { $0 + $1.value }
        let total = counts.add("total", value: rows.reduce(0) { $0 + $1.value }, mayBeWithheld: false)
        counts.relate(total: total, to: parts, plus: shown)
        return exposed(in: counts, withheld: []).contains { parts.contains($0) }
    }
}
