import HeapModule

extension AssignmentNetwork {
    /// Seats most students by a cheap auction and leaves a state from which shortest-path routing
    /// can continue: returns the students still to be routed, in the order to route them.
    ///
    /// Like the augmenting row reduction of Jonker and Volgenant: each waiting student takes the
    /// place of largest net value `value(w) − price` (or stays unplaced if no net value beats 0).
    /// A free seat is taken at price 0. At a full place the student outbids the cheapest seat,
    /// raising its price by the gap to the student's second-best option, and the previous holder
    /// waits again. Prices only rise, so every seated student keeps its best option; a place
    /// with a free seat has price 0. With potentials π(student) = its net value and
    /// π(place) = −(cheapest seat price, or 0 when a seat is free), every arc of the network then
    /// has a non-negative reduced cost and the seated students form an optimal assignment for
    /// themselves, which is all `route(_:)` needs. Price wars (ties, or prices creeping up by tiny
    /// steps among a few students) are cut off after `bidLimit` bids in all; whoever is still
    /// waiting is routed exactly afterwards.
    ///
    /// - Complexity: O(B · (D + log C)) for B ≤ `bidLimit` bids, D the longest preference list and
    ///   C the largest capacity.
    mutating func auction(bidLimit: Int) -> [Int] {
        var seats = [Heap<SeatBid>](repeating: Heap(), count: capacities.count)
        var waiting = (0..<studentCount).filter { arcStart[$0] < arcStart[$0 + 1] }
        var head = 0
        var bids = 0
        while head < waiting.count && bids < bidLimit {
            let student = waiting[head]
            head += 1
            bids += 1
            // The best and second-best net values; staying unplaced is worth 0.
            var best = FlowCost.zero, second = FlowCost.zero
            var bestArc = -1
            for index in arcStart[student]..<arcStart[student + 1] {
                let arc = arcs[index]
                let place = Int(arc.place)
                let price = seats[place].count < capacities[place] ? FlowCost.zero : seats[place].min!.price
                let net = -FlowCost.assigning(student, weight: arc.weight) - price
                if best < net {
                    second = best
                    best = net
                    bestArc = index
                } else if second < net {
                    second = net
                }
            }
            guard bestArc >= 0 else {
                // Staying unplaced is best: routed to the sink for good.
                nodes[student].potential = .zero
                continue
            }
            let arc = arcs[bestArc]
            let place = Int(arc.place)
            if seats[place].count < capacities[place] {
                seats[place].insert(SeatBid(price: .zero, student: Int32(student)))
                nodes[student].potential = best
            } else {
                let price = seats[place].min!.price + (best - second)
                let outbid = Int(seats[place].replaceMin(with: SeatBid(price: price, student: Int32(student))).student)
                remove(outbid, from: place)
                placeOf[outbid] = -1
                waiting.append(outbid)
                nodes[student].potential = second
            }
            seat(student, at: place, weight: arc.weight)
        }
        for place in seats.indices {
            let full = seats[place].count == capacities[place] && capacities[place] > 0
            nodes[studentCount + place].potential = full ? -seats[place].min!.price : .zero
        }
        return Array(waiting[head...])
    }
}
