import Foundation

/// A bounded queue from one thread to another, a batch of elements at a time: the importer's reader
/// (scan, parse, validate) runs ahead of its writer by at most `capacity` batches, so the two share the
/// work of a file while memory stays flat in the file's size.
final class HandOff<Element: Sendable>: @unchecked Sendable {
    // Every stored property is read and written with `condition` locked.
    private let condition = NSCondition()
    private var batches: [[Element]] = []
    private var finished = false, cancelled = false
    private let capacity: Int

    /// - Parameter capacity: how many batches may wait; `put` blocks while that many do.
    init(capacity: Int) {
        precondition(capacity > 0, "a hand-off holds at least one batch")
        self.capacity = capacity
    }

    /// Adds a batch, waiting while the queue is full. - Returns: false once the taker has cancelled.
    func put(_ batch: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// Says no batch will follow (the putter's last call, however it ends).
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting while there is none; nil once the putter has finished and all are taken.
    func take() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    /// Stops the putter (its next `put` returns false), drops what waits, and returns once the putter
    /// has finished: nothing runs on its thread after this.
    func cancelAndWait() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        batches = []
        condition.broadcast()
        while !finished { condition.wait() }
    }
}
