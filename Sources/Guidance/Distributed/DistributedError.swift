/// Why a snapshot or a shard's output was refused. Structured, so the command line says it in the
/// reader's language (`Words.message(forDistributed:)` in Presentation); `description` is the English text.
public enum DistributedError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of record a shard line names.
    public enum Kind: String, Sendable, Hashable {
        case student, vacancy
    }

    /// The file is no snapshot `match-cli snapshot` writes.
    case notASnapshot(path: String)
    case unsupportedVersion(path: String, found: Int, supported: Int)
    /// The snapshot's bytes are not those its header's checksum was taken of: changed or cut short.
    case checksumMismatch(path: String, expected: String, actual: String)
    /// The snapshot was made under another scoring model than this build's.
    case modelVersionMismatch(path: String, snapshot: String, shard: String)
    /// A line that is no shard output.
    case notAShardLine(file: String, line: Int)
    /// A shard's output made against another snapshot than the one merged against.
    case otherSnapshot(file: String, line: Int, found: String, expected: String)
    /// A line names a student or vacancy the merge does not know.
    case unknownRecord(file: String, line: Int, kind: Kind, id: String)
    /// Two shards (or one twice) reported the same student.
    case studentTwice(file: String, line: Int, id: String)
    /// Students whose lines no shard wrote: a shard lost, or fed other students.
    case missingStudents(count: Int, example: String)
    /// The shards' counts do not add up to the lines read.
    case countsDisagree(file: String, counted: Int, read: Int)

    public var description: String {
        switch self {
        case .notASnapshot(let path): "\(path) is not a snapshot written by `match-cli snapshot`"
        case let .unsupportedVersion(path, found, supported): "\(path) is a snapshot of format version \(found); this build reads version \(supported)"
        case let .checksumMismatch(path, expected, actual):
            "\(path): the snapshot's checksum does not match its contents (header sha256 \(expected), contents \(actual)): the file was changed or cut short"
        case let .modelVersionMismatch(path, snapshot, shard):
            "\(path) was made under model version \(snapshot); this build scores with \(shard): make the snapshot again with this build"
        case let .notAShardLine(file, line): "\(file):\(line): not a line written by `match-cli shard`"
        case let .otherSnapshot(file, line, found, expected):
            "\(file):\(line): this shard matched against snapshot \(found), not \(expected)"
        case let .unknownRecord(file, line, kind, id): "\(file):\(line): no \(kind.rawValue) with id '\(id)'"
        case let .studentTwice(file, line, id): "\(file):\(line): student '\(id)' was reported by a shard before"
        case let .missingStudents(count, example): "no shard reported \(count) of the students (for example '\(example)')"
        case let .countsDisagree(file, counted, read): "\(file): the shards counted \(counted) students but wrote lines for \(read)"
        }
    }
}
