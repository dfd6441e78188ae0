import Testing
@testable import Guidance

/// `parallelMap` is `map`, whatever the number of workers and chunks, and passes on a thrown error.
@Suite("Parallel map")
struct ParallelMapTests {
    struct Refused: Error, Equatable { var value: Int }

    @Test("the same as map, in order, for every size and worker count", arguments: [0, 1, 2, 7, 100, 4097])
    func sameAsMap(count: Int) throws {
        let values = Array(0..<count)
        for workers in [1, 2, 3, 8] {
            #expect(try values.parallelMap(workers: workers) { $0 * 3 + 1 } == values.map { $0 * 3 + 1 })
        }
    }

    @Test("an error thrown for any element is rethrown")
    func errorsAreRethrown() {
        let values = Array(0..<1000)
        #expect(throws: Refused(value: 977)) {
            try values.parallelMap(workers: 2) { value in
                if value == 977 { throw Refused(value: value) }
                return value
            }
        }
    }
}
