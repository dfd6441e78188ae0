import Crypto
import Foundation

/// Per-enterprise pseudonyms: what an employer sees instead of the student's id. Keyed with a secret
/// kept in the database, so one enterprise's pseudonyms cannot be linked to another's, nor to the id.
public struct Pseudonyms: Sendable {
    private let key: Data

    public init(key: Data) { self.key = key }

    /// `c-` and 16 hex digits (64 bits) of HMAC-SHA256(key, scope ‖ 0 ‖ student id).
    public func pseudonym(for studentID: String, scope: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data((scope + "\u{0}" + studentID).utf8), using: SymmetricKey(data: key))
        return "c-" + mac.prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// A fresh random 256-bit key.
    public static func newKey() -> Data { SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) } }
}

/// SHA-256 as hex, for audit records and data fingerprints.
public enum Digest {
    public static func sha256(_ data: Data) -> String { SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() }
    public static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }
}

/// SHA-256 of output written piece by piece, equal to `Digest.sha256` of the whole.
public struct RunningDigest {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) { hasher.update(bufferPointer: bytes) }

    /// The digest as hex, as `Digest.sha256` writes it.
    public func hex() -> String { hasher.finalize().map { String(format: "%02x", $0) }.joined() }
}
