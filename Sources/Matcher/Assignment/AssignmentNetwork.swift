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
/// Invariant: every arc has a non-negative reduced cost `cost + π(tail) − π(head)`, with π(sink) = 0.
struct AssignmentNetwork {
    private let studentCount: Int
    private let sink: Int
    /// Per student, its arcs `arcStart[s]..<arcStart[s + 1]` into `arcPlace` / `arcWeight`.
    private let arcStart: [Int]
    private let arcPlace: [Int32]
    private let arcWeight: [Int64]
    private let capacities: [Int]

    /// Per student, its place or −1; and the scaled score of that pair.
    private(set) var placeOf: [Int32]
    private var placedWeight: [Int64]
    /// Per place, the students it holds; per student, its position in that list.
    private var members: [[Int32]]
    private var memberSlot: [Int32]

    private var potential: [FlowCost]
    private var distance: [FlowCost]
    /// The node before each labelled node on its shortest path, and for a place the arc that reached it.
    private var parent: [Int32]
    private var parentArc: [Int32]
    /// `labelled[v] == search` when `distance[v]` belongs to the current search; settled likewise.
    private var labelled: [UInt32]
    private var settledIn: [UInt32]
    private var search: UInt32 = 0
    private var settled: [Int32] = []
    private var queue = Heap<QueueEntry>()

    private struct QueueEntry: Comparable {
        var cost: FlowCost
        var node: Int32
        static func < (a: QueueEntry, b: QueueEntry) -> Bool {
            a.cost < b.cost || (a.cost == b.cost && a.node < b.node)
        }
    }

    /// - Complexity: O(S + P + L).
    init(_ problem: AllocationProblem) {
        studentCount = problem.studentCount
        sink = problem.studentCount + problem.placeCount
        capacities = problem.capacities
        var arcStart = [0]
        var arcPlace: [Int32] = []
        var arcWeight: [Int64] = []
        arcStart.reserveCapacity(problem.studentCount + 1)
        for list in problem.preferences {
            // Places without seats can never take anyone: leave their arcs out.
            for option in list where problem.capacities[option.index] > 0 {
                arcPlace.append(Int32(option.index))
                arcWeight.append(FlowCost.scaled(option.score))
            }
            arcStart.append(arcPlace.count)
        }
        self.arcStart = arcStart
        self.arcPlace = arcPlace
        self.arcWeight = arcWeight
        let nodes = sink + 1
        placeOf = Array(repeating: -1, count: problem.studentCount)
        placedWeight = Array(repeating: 0, count: problem.studentCount)
        members = Array(repeating: [], count: problem.placeCount)
        memberSlot = Array(repeating: -1, count: problem.studentCount)
        potential = Array(repeating: .zero, count: nodes)
        distance = Array(repeating: .zero, count: nodes)
        parent = Array(repeating: -1, count: nodes)
        parentArc = Array(repeating: -1, count: nodes)
        labelled = Array(repeating: 0, count: nodes)
        settledIn = Array(repeating: 0, count: nodes)
    }

    /// Adds `student`'s unit of flow along a shortest augmenting path to the sink, keeping the
    /// assignment optimal for all students routed so far.
    /// - Complexity: O((A + V) log V) for the A arcs and V nodes the search reaches.
    mutating func route(_ student: Int) {
        let arcs = arcStart[student]..<arcStart[student + 1]
        guard !arcs.isEmpty else { return }
        search += 1
        settled.removeAll(keepingCapacity: true)
        queue.removeAll { _ in true }
        // A new node: give it the smallest potential that keeps its outgoing arcs non-negative.
        var start = potential[sink]
        for arc in arcs {
            start = max(start, potential[studentCount + Int(arcPlace[arc])] - .assigning(student, weight: arcWeight[arc]))
        }
        potential[student] = start
        label(student, .zero, from: -1, arc: -1)

        while let entry = queue.popMin() {
            let node = Int(entry.node)
            guard settledIn[node] != search, entry.cost == distance[node] else { continue }
            if node == sink { break }
            settledIn[node] = search
            settled.append(entry.node)
            if node < studentCount {
                relaxStudent(node, at: entry.cost)
            } else {
                relaxPlace(node, at: entry.cost)
            }
        }
        let total = distance[sink]
        for node in settled {
            potential[Int(node)] = potential[Int(node)] + distance[Int(node)] - total
        }
        augment()
    }

    /// Offers `cost` as the distance of `node`. Labels no shorter than the sink's current one are
    /// dropped: with non-negative reduced costs they cannot lead to a shorter path, and a node left
    /// unlabelled is treated as being at the sink's final distance by the potential update.
    @inline(__always)
    private mutating func label(_ node: Int, _ cost: FlowCost, from tail: Int, arc: Int) {
        if labelled[node] == search && !(cost < distance[node]) { return }
        if labelled[sink] == search && !(cost < distance[sink]) { return }
        labelled[node] = search
        distance[node] = cost
        parent[node] = Int32(tail)
        parentArc[node] = Int32(arc)
        queue.insert(QueueEntry(cost: cost, node: Int32(node)))
    }

    private mutating func relaxStudent(_ student: Int, at cost: FlowCost) {
        let own = placeOf[student]
        let base = cost + potential[student]
        for arc in arcStart[student]..<arcStart[student + 1] where arcPlace[arc] != own {
            let place = studentCount + Int(arcPlace[arc])
            let reduced = base + .assigning(student, weight: arcWeight[arc]) - potential[place]
            assert(!(reduced < cost), "negative reduced cost on a student → place arc")
            label(place, reduced, from: student, arc: arc)
        }
        // Stay unplaced (leave the current place, or never take one).
        label(sink, base - potential[sink], from: student, arc: -1)
    }

    private mutating func relaxPlace(_ node: Int, at cost: FlowCost) {
        let place = node - studentCount
        let base = cost + potential[node]
        if members[place].count < capacities[place] {
            label(sink, base - potential[sink], from: node, arc: -1)
        }
        for member in members[place] {
            let student = Int(member)
            let reduced = base - .assigning(student, weight: placedWeight[student]) - potential[student]
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
            node = Int(parent[node])
        }
        path.reverse()
        for (tail, head) in zip(path, path.dropFirst()) {
            if tail < studentCount && head < sink {
                // student → place: take a seat.
                let place = head - studentCount
                placeOf[tail] = Int32(place)
                placedWeight[tail] = arcWeight[Int(parentArc[head])]
                memberSlot[tail] = Int32(members[place].count)
                members[place].append(Int32(tail))
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

    private mutating func remove(_ student: Int, from place: Int) {
        let slot = Int(memberSlot[student])
        let last = members[place].removeLast()
        if Int(last) != student {
            members[place][slot] = last
            memberSlot[Int(last)] = Int32(slot)
        }
        memberSlot[student] = -1
    }
}
