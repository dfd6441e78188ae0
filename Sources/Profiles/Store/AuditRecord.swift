import Crypto
import Foundation

/// One run of recommend, shortlist, report, assign or audit, as the audit log keeps it. Each record
/// carries the previous record's hash, and each hash is an HMAC under the audit key, which lives outside
/// the database (`AuditSeal`): editing, removing or re-hashing a record breaks the chain
/// (`MatchDatabase.verifyAuditLog`).
public struct AuditRecord: Sendable, Codable, Hashable {
    public var sequence: Int
    /// ISO 8601, UTC.
    public var time: String
    public var command: String
    /// The command's parameters; a student appears only as a random token that `forget` erases.
    public var parameters: [String: String]
    /// SHA-256 over the content hashes of every stored record: which data the run saw.
    public var inputHash: String
    public var modelVersion: String
    public var weights: [String: Double]
    /// SHA-256 of what the run printed or wrote.
    public var outputHash: String
    public var previousHash: String
    public var recordHash: String

    /// The previous hash of the first record.
    public static let noPreviousHash = String(repeating: "0", count: 64)

    /// The hash this record must carry: HMAC-SHA256 under the audit key of its fields and the previous
    /// hash, in a fixed order, as hex.
    func expectedHash(key: SymmetricKey) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(hashedText.utf8), using: key).map { String(format: "%02x", $0) }.joined()
    }

    /// The unkeyed SHA-256 the audit log used before its chain was keyed (audit migration v2).
    var legacyHash: String { Digest.sha256(hashedText) }

    private var hashedText: String {
        let fields = [String(sequence), time, command,
                      parameters.keys.sorted().map { "\($0)=\(parameters[$0]!)" }.joined(separator: "\u{1F}"),
                      inputHash, modelVersion, weights.keys.sorted().map { "\($0)=\(weights[$0]!)" }.joined(separator: "\u{1F}"),
                      outputHash, previousHash]
        return fields.joined(separator: "\u{1E}")
    }
}
