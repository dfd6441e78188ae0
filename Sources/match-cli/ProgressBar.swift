import Foundation
import ScoringCore

/// A progress bar on standard error, drawn only when standard error is a terminal and the work has
/// taken two seconds already: a short run leaves no trace.
final class ProgressBar: @unchecked Sendable {
    private static let delay = Duration.seconds(2)
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private let total: Int
    private let label: String
    private let enabled = isatty(STDERR_FILENO) != 0
    private var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = max(1, total)
        self.label = label
        started = clock.now
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn, clock.now - started >= Self.delay else { return }
        lastDrawn = percent
        let width = 30, filled = percent * width / 100
        StandardStreams.writeError("\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(percent)%")
    }

    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        StandardStreams.writeError("\n")
    }
}

extension ProgressBar {
    /// `sequence`'s elements, moving the bar as each is taken (a generated cohort, streamed into a
    /// file or the database).
    func counting<Base: Sequence>(_ sequence: Base) -> ProgressCounted<Base> { ProgressCounted(base: sequence, bar: self) }
}

/// A sequence that moves a progress bar as its elements are taken.
struct ProgressCounted<Base: Sequence>: Sequence {
    let base: Base
    let bar: ProgressBar

    struct Iterator: IteratorProtocol {
        var base: Base.Iterator
        let bar: ProgressBar
        var taken = 0

        mutating func next() -> Base.Element? {
            guard let element = base.next() else { return nil }
            taken += 1
            bar.update(taken)
            return element
        }
    }

    func makeIterator() -> Iterator { Iterator(base: base.makeIterator(), bar: bar) }
}
