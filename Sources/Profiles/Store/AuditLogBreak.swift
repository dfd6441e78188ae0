extension MatchDatabase {
    /// Who vouches for a record that the log no longer holds as it was.
    public enum AuditWitness: Sendable, Hashable {
        /// The anchor file (`PATH-audit.anchor`).
        case anchor
        /// The head given to `verifyAuditLog(head:)` (`log --verify --head`).
        case head
    }

    /// Why the audit log fails its check; `description` is the English text. Problems of the whole log
    /// are reported at sequence 0.
    public enum AuditLogBreak: Sendable, Hashable, CustomStringConvertible {
        /// The record numbered `expected` should be here: one is missing.
        case missingRecord(expected: Int)
        /// The record does not name the previous record's hash.
        case brokenChain
        /// The record's content does not match its keyed hash.
        case edited
        /// Records `first…last` are vouched for by `witness` but are not in the log: removed from the end,
        /// or the log was emptied or its file deleted.
        case removed(first: Int, last: Int, witness: AuditWitness)
        /// The record's hash is not the one `witness` holds for it: the log was rewritten.
        case rewritten(witness: AuditWitness)
        /// The log has records but its key is gone (sequence 0).
        case keyMissing(path: String)
        /// The log has, or had, records but its anchor file is gone (sequence 0).
        case anchorMissing(path: String)
        /// The key or the anchor cannot be read (sequence 0).
        case unreadable(StoreError)

        public var description: String {
            switch self {
            case .missingRecord(let expected): "expected record \(expected) here: a record is missing"
            case .brokenChain: "does not follow the previous record's hash"
            case .edited: "its content does not match its keyed hash: it was edited"
            case let .removed(first, last, witness):
                (first == last ? "record \(first) is" : "records \(first)–\(last) are")
                    + " vouched for by the \(witness == .anchor ? "anchor file" : "head given") but not in the log: "
                    + "records were removed, or the log was emptied or deleted"
            case .rewritten(let witness):
                "its hash differs from the one the \(witness == .anchor ? "anchor file" : "head given") holds: the log was rewritten"
            case .keyMissing(let path): "the audit key \(path) is missing: no record can be checked; restore it from a backup"
            case .anchorMissing(let path): "the anchor file \(path) is missing although the log has or had records: it was deleted"
            case .unreadable(let error): error.description
            }
        }
    }
}
