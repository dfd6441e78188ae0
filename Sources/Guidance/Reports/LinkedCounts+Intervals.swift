/// What a reader can work out: the interval each count lies in, by bound propagation over the relations.
extension LinkedCounts {
    /// The bound of a count that only sums limit; no count of persons comes near it, and sums of a few
    /// thousand of them stay far from overflow.
    static let unbounded = 1 << 40

    /// Where a count shown as "<10" lies by its own figure: 1 … 9, or less where its cap is lower
    /// (a vacancy with 4 places listed as unfilled had 1 … 3 people placed).
    public func ownRange(_ index: Int) -> ClosedRange<Int> {
        1...max(1, min(PersonCount.threshold - 1, cells[index].cap ?? Self.unbounded))
    }

    /// The narrowest interval each count lies in, by what is shown when the cells in `withheld` are left out:
    /// an exact count as it is, "<10" within `ownRange`, a withheld count within 0 … its cap; then every
    /// relation narrows its counts until none narrows further. On relations that form a tree, as a
    /// report's sums do, this is what a linear program finds; the adversary test checks it with one.
    /// - Complexity: O(terms × passes); a pass is bounded by 200 visits of each relation.
    public func intervals(withheld: Set<Int>) -> [ClosedRange<Int>] {
        var low = [Int](repeating: 0, count: cells.count), high = low
        for index in cells.indices {
            switch shown(index, withheld: withheld) {
            case .exact: (low[index], high[index]) = (cells[index].value, cells[index].value)
            case .suppressed: (low[index], high[index]) = (ownRange(index).lowerBound, ownRange(index).upperBound)
            case .withheld: (low[index], high[index]) = (0, cells[index].cap ?? Self.unbounded)
            }
        }
        let relationsOf = relationsByCell
        var queue = Array(relations.indices), queued = [Bool](repeating: true, count: relations.count)
        var visits = 0, head = 0
        while head < queue.count, visits < relations.count * 200 {
            let index = queue[head]
            head += 1
            queued[index] = false
            visits += 1
            for cell in narrow(relations[index], &low, &high) {
                for other in relationsOf[cell] where !queued[other] {
                    queued[other] = true
                    queue.append(other)
                }
            }
            if head > 4096 { queue.removeFirst(head); head = 0 }
        }
        return cells.indices.map { low[$0]...high[$0] }
    }

    /// The indices of the relations each cell is in.
    var relationsByCell: [[Int]] {
        var relationsOf = [[Int]](repeating: [], count: cells.count)
        for (index, relation) in relations.enumerated() { for term in relation.terms { relationsOf[term.cell].append(index) } }
        return relationsOf
    }

    /// Narrows the counts of one relation by the others' bounds; returns the cells that narrowed.
    private func narrow(_ relation: Relation, _ low: inout [Int], _ high: inout [Int]) -> [Int] {
        // Each term's sign × count lies in least … most.
        let least = relation.terms.map { $0.sign > 0 ? low[$0.cell] : -high[$0.cell] }
        let most = relation.terms.map { $0.sign > 0 ? high[$0.cell] : -low[$0.cell] }
        let leastSum = least.reduce(0, +), mostSum = most.reduce(0, +)
        var narrowed: [Int] = []
        for (position, term) in relation.terms.enumerated() {
            // sign × count = constant − the rest (or ≤ it, for a bound).
            let upper = relation.constant - (leastSum - least[position])
            let lower = relation.isEquation ? relation.constant - (mostSum - most[position]) : -Self.unbounded * 4096
            let (newLow, newHigh) = term.sign > 0 ? (max(low[term.cell], lower), min(high[term.cell], upper))
                                                  : (max(low[term.cell], -upper), min(high[term.cell], -lower))
            guard newLow > low[term.cell] || newHigh < high[term.cell] else { continue }
            precondition(newLow <= newHigh, "the shown figures are consistent")
            (low[term.cell], high[term.cell]) = (newLow, newHigh)
            narrowed.append(term.cell)
        }
        return narrowed
    }
}
