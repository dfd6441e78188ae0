import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Single key presses from standard input: in a terminal, without waiting for Enter and without echo
/// (restored by `restore()`); from a pipe, byte by byte. Ctrl-C arrives as a key, so the terminal is
/// always restored.
final class TerminalKeys {
    private var saved = termios()
    private let isTerminal: Bool

    init() {
        isTerminal = isatty(STDIN_FILENO) == 1
        guard isTerminal, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    }

    /// Whether output goes to a terminal that understands clearing the screen.
    var clearsScreen: Bool { isTerminal && isatty(STDOUT_FILENO) == 1 }

    func restore() {
        if isTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }

    /// A key pressed.
    enum Key: Equatable { case character(Character), left, interrupt, end }

    /// The next key; `.end` when input ends.
    func next() -> Key {
        guard let byte = readByte() else { return .end }
        switch byte {
        case 3, 4: return .interrupt  // Ctrl-C, Ctrl-D
        case 127, 8: return .left     // Backspace
        case 27:
            // An arrow key is ESC [ D; a lone Escape is nothing.
            guard readByte() == UInt8(ascii: "["), let final = readByte() else { return .character("\u{1B}") }
            return final == UInt8(ascii: "D") ? .left : .character("\u{1B}")
        case 10, 13, 32: return next()  // Enter and spaces between piped answers
        default: return .character(Character(Unicode.Scalar(byte)))
        }
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        return read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }
}
