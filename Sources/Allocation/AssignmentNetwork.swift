import ScoringCore
import HeapModule

/// The residual network of `OptimalAssignment`: students, places and a sink, with the current
/// assignment, node potentials and reusable Dijkstra state.
///
/// Nodes: students `0..<S`, places `S..<S+P`, the sink `S+P`. Residual arcs, with costs in
/// `FlowCost` (lexicographic, exact integers):
/// - student → each eligible place it does not hold: `assigning(student, w)`;
/// - student → sink ("stay unplaced"): 0, for a placed student or the student being routed;
/// - place → each student it holds: `−assigning(student, w)` (undo the assignment);
/// - place → sink: 0 while it has a free seat.
/// Students join the network when seated by the auction or routed; until then they have no arcs.
/// Invariant: every arc a search can use (all but the sink's outgoing ones, which no shortest path
/// to the sink needs) has a non-negative reduced cost `cost + π(tail) − π(head)`, with π(sink) = 0.
struct AssignmentNetwork {
    let studentCount: Int
    let sink: Int
    /// Per student, its arcs `arcStart[s]..<arcStart[s + 1]` into `arcs`, heaviest first.
    let arcStart: [Int]
    let arcs: [Arc]
    let capacities: [Int]

    /// Per student, its place or −1; and the scaled score of that pair.
    var placeOf: [Int32]
    var placedWeight: [Int64]
    /// Per place, the students it holds; per student, its position in that list.
    var members: [[Int32]]
    var memberSlot: [Int32]

    /// Per node, its potential and search state, together so that relaxing an arc touches one cache line.
    var nodes: [Node]
    private var search: UInt32 = 0
    private var settled: [Int32] = []
    private var queue = Heap<QueueEntry>()

    /// A student's arc to a place, with the pair's score in units of 2⁻³².
    struct Arc {
        var weight: Int64
        var place: Int32
    }

    struct Node {
        var potential = FlowCost.zero
        var distance = FlowCost.zero
        /// `labelled == search` when `distance` belongs to the current search; `settled` likewise.
        var labelled: UInt32 = 0
        var settled: UInt32 = 0
        /// The node before this one on its shortest path, and for a place the arc that reached it.
        var parent: Int32 = -1
        var parentArc: Int32 = -1
    }

    private struct QueueEntry: Comparable {
        var cost: FlowCost
        var node: Int32
        static func < (a: QueueEntry, b: QueueEntry) -> Bool {
            a.cost < b.cost || (a.cost == b.cost && a.node < b.node)
        }
    }

    /// - Complexity: O(S + P + L).
    init(_ problem: AllocationProblem) {
        precondition(problem.studentCount + problem.placeCount < FlowCost.maximumNodeCount,
                     "too many students and places for exact flow costs")
        studentCount = problem.studentCount
        sink = problem.studentCount + problem.placeCount
        capacities = problem.capacities
        var arcStart = [0]
        var arcs: [Arc] = []
        arcStart.reserveCapacity(problem.studentCount + 1)
        for list in problem.preferences {
            // Places without seats can never take anyone: leave their arcs out. Heaviest first, so
            // that a search can stop scanning a student's arcs early (see `relaxStudent`).
            let options = list.filter { problem.capacities[$0.index] > 0 }.sorted(by: Ranked.isBetter)
            for option in options {
                arcs.append(Arc(weight: FlowCost.scaled(option.score), place: Int32(option.index)))
            }
            arcStart.append(arcs.count)
        }
        self.arcStart = arcStart
        self.arcs = arcs
        placeOf = Array(repeating: -1, count: problem.studentCount)
        placedWeight = Array(repeating: 0, count: problem.studentCount)
        members = Array(repeating: [], count: problem.placeCount)
        memberSlot = Array(repeating: -1, count: problem.studentCount)
        nodes = Array(repeating: Node(), count: sink + 1)
    }

    /// Adds `student`'s unit of flow along a shortest augmenting path to the sink, keeping the
    /// assignment optimal for all students routed so far.
    /// - Complexity: O((A + V) log V) for the A arcs and V nodes the search reaches.
    mutating func route(_ student: Int) {
        let own = arcStart[student]..<arcStart[student + 1]
        guard !own.isEmpty else { return }
        search += 1
        settled.removeAll(keepingCapacity: true)
        queue.removeAll { _ in true }
        // A new node: give it the smallest potential that keeps its outgoing arcs non-negative.
        var start = nodes[sink].potential
        for arc in arcs[own] {
            start = max(start, nodes[studentCount + Int(arc.place)].potential - .assigning(student, weight: arc.weight))
        }
        nodes[student].potential = start
        label(student, .zero, from: -1, arc: -1)

        while let entry = queue.popMin() {
            let node = Int(entry.node)
            guard nodes[node].settled != search, entry.cost == nodes[node].distance else { continue }
            if node == sink { break }
            nodes[node].settled = search
            settled.append(entry.node)
            if node < studentCount {
                relaxStudent(node, at: entry.cost)
            } else {
                relaxPlace(node, at: entry.cost)
            }
        }
        let total = nodes[sink].distance
        for node in settled {
            nodes[Int(node)].potential = nodes[Int(node)].potential + nodes[Int(node)].distance - total
        }
        augment()
    }

    /// Offers `cost` as the distance of `node`. Labels no shorter than the sink's current one are
    /// dropped: with non-negative reduced costs they cannot lead to a shorter path, and a node left
    /// unlabelled is treated as being at the sink's final distance by the potential update.
    @inline(__always)
    private mutating func label(_ node: Int, _ cost: FlowCost, from tail: Int, arc: Int) {
        if nodes[node].labelled == search && !(cost < nodes[node].distance) { return }
        if nodes[sink].labelled == search && !(cost < nodes[sink].distance) { return }
        nodes[node].labelled = search
        nodes[node].distance = cost
        nodes[node].parent = Int32(tail)
        nodes[node].parentArc = Int32(arc)
        queue.insert(QueueEntry(cost: cost, node: Int32(node)))
    }

    private mutating func relaxStudent(_ student: Int, at cost: FlowCost) {
        let own = placeOf[student]
        let base = cost + nodes[student].potential
        // Stay unplaced (leave the current place, or never take one); labelling the sink first
        // lets the bound below cut the scan short.
        label(sink, base - nodes[sink].potential, from: student, arc: -1)
        for index in arcStart[student]..<arcStart[student + 1] {
            let arc = arcs[index]
            // Place potentials never rise above 0 in fit (auction prices only grow, and searches
            // only lower potentials), so an arc's label has fit at least `base.fit − weight`; arcs
            // are heaviest first, so once that passes the sink's label, no later arc can lead to a
            // shorter path.
            if base.fit - arc.weight > nodes[sink].distance.fit { break }
            guard arc.place != own else { continue }
            let place = studentCount + Int(arc.place)
            let reduced = base + .assigning(student, weight: arc.weight) - nodes[place].potential
            assert(!(reduced < cost), "negative reduced cost on a student → place arc")
            label(place, reduced, from: student, arc: index)
        }
    }

    private mutating func relaxPlace(_ node: Int, at cost: FlowCost) {
        let place = node - studentCount
        let base = cost + nodes[node].potential
        if members[place].count < capacities[place] {
            label(sink, base - nodes[sink].potential, from: node, arc: -1)
        }
        for member in members[place] {
            let student = Int(member)
            let reduced = base - .assigning(student, weight: placedWeight[student]) - nodes[student].potential
            assert(!(reduced < cost), "negative reduced cost on a place → student arc")
            label(student, reduced, from: node, arc: -1)
        }
    }

    /// Applies the path found by the last search, from the routed student to the sink.
    private mutating func augment() {
        var path: [Int] = []
        var node = sink
        while node >= 0 {
            path.append(node)
            node = Int(nodes[node].parent)
        }
        path.reverse()
        for (tail, head) in zip(path, path.dropFirst()) {
            if tail < studentCount && head < sink {
                // student → place: take a seat.
                seat(tail, at: head - studentCount, weight: arcs[Int(nodes[head].parentArc)].weight)
            } else if tail < studentCount {
                // student → sink: end unplaced (its seat, if any, was released by the previous arc).
                placeOf[tail] = -1
            } else if head < studentCount {
                // place → student: release the student's seat.
                remove(head, from: tail - studentCount)
            }
            // place → sink: the place's free seat is now taken; `members` already counts it.
        }
    }

    /// Puts `student` in a seat at `place`.
    mutating func seat(_ student: Int, at place: Int, weight: Int64) {
        placeOf[student] = Int32(place)
        placedWeight[student] = weight
        memberSlot[student] = Int32(members[place].count)
        members[place].append(Int32(student))
    }

    /// Takes `student` out of its seat at `place` (it stays marked there until told otherwise).
    mutating func remove(_ student: Int, from place: Int) {
        let slot = Int(memberSlot[student])
        let last = members[place].removeLast()
        if Int(last) != student {
            members[place][slot] = last
            memberSlot[Int(last)] = Int32(slot)
        }
        memberSlot[student] = -1
    }
}
