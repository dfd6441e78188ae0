import Foundation
import ScoringCore

/// A progress bar on standard error, drawn only when standard error is a terminal and the work has
/// taken two seconds already: a short run leaves no trace. It is redrawn when the percentage changes,
/// at most four times a second, so that a fast caller pays one comparison per update.
final class ProgressBar: @unchecked Sendable {
    private static let delay = Duration.seconds(2), interval = Duration.milliseconds(250)
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private let total: Int
    private let label: String
    private let enabled: Bool
    private let draw: (String) -> Void
    private var lastDrawn = -1, lastPercent = 0
    private var drawnAt: ContinuousClock.Instant?

    /// - Parameters:
    ///   - since: when the command's work began (a later stage's bar keeps the first one's two seconds).
    ///   - terminal: whether standard error is a terminal; `draw` writes there (a test passes both).
    init(total: Int, label: String, since: ContinuousClock.Instant = ContinuousClock.now,
         terminal: Bool = isatty(STDERR_FILENO) != 0, draw: @escaping (String) -> Void = StandardStreams.writeError) {
        self.total = max(1, total)
        self.label = label
        self.started = since
        self.enabled = terminal
        self.draw = draw
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let percent = max(0, min(100, done * 100 / total))
        lastPercent = percent
        guard percent != lastDrawn else { return }
        let now = clock.now
        guard now - started >= Self.delay, drawnAt.map({ now - $0 >= Self.interval }) ?? true else { return }
        drawnAt = now
        redraw(percent)
    }

    /// Ends the bar's line, showing where the work got to (nothing when the bar was never drawn).
    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        if lastPercent != lastDrawn { redraw(lastPercent) }
        draw("\n")
    }

    private func redraw(_ percent: Int) {
        lastDrawn = percent
        let width = 30, filled = percent * width / 100
        draw("\r\(label) [\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(percent)%")
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
