import Crypto
import Foundation

/// Random tokens for session cookies, CSRF, API tokens and pupils' one-time codes, and the hashes they are
/// stored under, so that a copy of the database signs nobody in.
enum SecretToken {
    /// 32 random bytes as 64 hex digits.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }

    /// A pupil's one-time code: 10 characters of an alphabet without look-alikes (0/O, 1/I/L), ~50 bits,
    /// in two groups of five to read aloud. Sign-in attempts are rate-limited, codes expire.
    static func pupilCode() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<10).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(characters[0..<5]) + "-" + String(characters[5...])
    }

    /// A code as typed: upper case, without spaces and dashes.
    static func normalisedCode(_ typed: String) -> String {
        typed.uppercased().filter { $0.isLetter || $0.isNumber }
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Compares in time that depends on the lengths only, so a CSRF token cannot be guessed byte by byte.
    static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
