import Foundation
import Testing
@testable import match_cli

/// The bar's rules: nothing unless standard error is a terminal, nothing in the first two seconds,
/// and when it was drawn, a last line showing where the work got to.
@Suite("Progress bar")
struct ProgressBarTests {
    /// A bar whose drawing is recorded, its work begun `secondsAgo` seconds ago.
    func bar(total: Int, terminal: Bool, secondsAgo: Int) -> (ProgressBar, () -> [String]) {
        final class Drawn: @unchecked Sendable { var texts: [String] = [] }
        let drawn = Drawn()
        let bar = ProgressBar(total: total, label: "importing", since: ContinuousClock.now - .seconds(secondsAgo),
                              terminal: terminal) { drawn.texts.append($0) }
        return (bar, { drawn.texts })
    }

    @Test func nothingIsDrawnWhenStandardErrorIsNotATerminal() {
        // Given a bar on a pipe, its work begun long ago
        let (progress, drawn) = bar(total: 10, terminal: false, secondsAgo: 60)
        // When it moves to the end and finishes
        for done in 0...10 { progress.update(done) }
        progress.finish()
        // Then nothing was written
        #expect(drawn().isEmpty)
    }

    @Test func nothingIsDrawnInTheFirstTwoSeconds() {
        // Given a bar on a terminal, its work just begun
        let (progress, drawn) = bar(total: 10, terminal: true, secondsAgo: 0)
        // When it moves to the end at once and finishes
        for done in 0...10 { progress.update(done) }
        progress.finish()
        // Then the short run left no trace
        #expect(drawn().isEmpty)
    }

    @Test func afterTwoSecondsTheBarEndsAtTheLastCountOnItsOwnLine() {
        // Given a bar on a terminal, its work begun three seconds ago
        let (progress, drawn) = bar(total: 200, terminal: true, secondsAgo: 3)
        // When it moves (faster than it redraws) and finishes
        progress.update(100)
        for done in 101...150 { progress.update(done) }
        progress.finish()
        // Then it was drawn from 50 % and left at 75 %, its line ended
        let texts = drawn()
        #expect(texts.first == "\rimporting [###############               ] 50%")
        #expect(texts.dropLast().last == "\rimporting [######################        ] 75%")
        #expect(texts.last == "\n")
    }
}
