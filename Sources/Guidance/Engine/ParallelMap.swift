import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `transform` of every element, in order, computed on up to `workers` threads at once in contiguous
    /// chunks; the first error any chunk throws is rethrown once all have stopped.
    func parallelMap<T: Sendable>(workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                  _ transform: @Sendable (Element) throws -> T) throws -> [T] {
        let chunks = Swift.min(count, Swift.max(1, workers) * 4)  // several per worker: uneven pupils even out
        guard chunks > 1 else { return try map(transform) }
        let firstError = Mutex<(any Error)?>(nil)
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { slots in
            self.withUnsafeBufferPointer { elements in
                let shared = Shared(elements: elements, slots: slots)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let range = (chunk * shared.elements.count / chunks)..<((chunk + 1) * shared.elements.count / chunks)
                    do {
                        for index in range { shared.slots[index] = try transform(shared.elements[index]) }
                    } catch {
                        firstError.withLock { if $0 == nil { $0 = error } }
                    }
                }
            }
        }
        if let error = firstError.withLock({ $0 }) { throw error }
        return results.map { $0! }
    }
}

/// The input and the result slots, shared by the chunks: each reads the elements and writes the slots of
/// its own range only.
private struct Shared<Element, T>: @unchecked Sendable {
    let elements: UnsafeBufferPointer<Element>
    let slots: UnsafeMutableBufferPointer<T?>
}
