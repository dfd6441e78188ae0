/// The price a student paid for a seat during the warm-start auction, ordered so that a min-heap
/// has the seat to give up next on top: the cheapest, and among equal prices the higher student
/// index (lower ids keep their seats, as places break ties).
struct SeatBid: Comparable {
    var price: FlowCost
    var student: Int32

    @inline(__always)
    static func < (a: SeatBid, b: SeatBid) -> Bool {
        a.price < b.price || (a.price == b.price && a.student > b.student)
    }
}
