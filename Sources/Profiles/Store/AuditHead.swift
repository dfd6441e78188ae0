/// The newest record of the audit log as `sequence:hash` (`42:3f9a…`, 64 hex digits): what `log --head`
/// prints for an operator to keep elsewhere, and what each line of the anchor file holds. Because every
/// hash is an HMAC that covers the previous one, a head pins the whole log up to its record: a log that
/// lost, changed or re-hashed any of those records no longer carries it.
public struct AuditHead: Sendable, Hashable, CustomStringConvertible {
    public var sequence: Int
    public var hash: String
}

extension AuditHead {
    /// The head of an empty log.
    public static let empty = AuditHead(sequence: 0, hash: AuditRecord.noPreviousHash)

    /// Parses `sequence:hash` (a sequence ≥ 0, 64 lowercase or uppercase hex digits); nil for anything else.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let sequence = Int(parts[0]), sequence >= 0, parts[1].utf8.count == 64,
              parts[1].allSatisfy(\.isHexDigit) else { return nil }
        self.init(sequence: sequence, hash: parts[1].lowercased())
    }

    init(_ record: AuditRecord) { self.init(sequence: record.sequence, hash: record.recordHash) }

    public var description: String { "\(sequence):\(hash)" }
}
