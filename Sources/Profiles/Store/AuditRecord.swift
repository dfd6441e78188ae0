import Foundation

/// One run of recommend, shortlist, report or assign, as the audit log keeps it. Each record carries
/// the previous record's hash, so editing or removing one breaks the chain (`MatchDatabase.verifyAuditLog`).
public struct AuditRecord: Sendable, Codable, Hashable {
    public var sequence: Int
    /// ISO 8601, UTC.
    public var time: String
    public var command: String
    /// The command's parameters; student ids appear only as keyed hashes.
    public var parameters: [String: String]
    /// SHA-256 over the content hashes of every stored record: which data the run saw.
    public var inputHash: String
    public var modelVersion: String
    public var weights: [String: Double]
    /// SHA-256 of what the run printed or wrote.
    public var outputHash: String
    public var previousHash: String
    public var recordHash: String

    /// The hash this record must carry: SHA-256 of its fields and the previous hash, in a fixed order.
    public var expectedHash: String {
        let fields = [String(sequence), time, command,
                      parameters.keys.sorted().map { "\($0)=\(parameters[$0]!)" }.joined(separator: "\u{1F}"),
                      inputHash, modelVersion, weights.keys.sorted().map { "\($0)=\(weights[$0]!)" }.joined(separator: "\u{1F}"),
                      outputHash, previousHash]
        return Digest.sha256(fields.joined(separator: "\u{1E}"))
    }
}
