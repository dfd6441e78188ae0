/// A student held by a place during deferred acceptance, ordered so that `<` means "the place ranks
/// it lower": a min-heap of these has the place's worst held student on top.
struct HeldStudent: Comparable {
    var score: Float
    var student: Int32

    @inline(__always)
    static func < (a: HeldStudent, b: HeldStudent) -> Bool {
        a.score < b.score || (a.score == b.score && a.student > b.student)
    }
}
