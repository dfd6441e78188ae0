/// Why a NumPy `.npy` file could not be read or written: the file and the reason.
public struct NPYError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Error, Sendable, Hashable {
        /// The file system refused; the message is the system's.
        case unreadable(String)
        /// The file does not start with the `\x93NUMPY` magic.
        case notNPY
        /// A format version other than 1, 2 or 3.
        case unsupportedVersion(major: UInt8, minor: UInt8)
        /// The header dictionary could not be parsed.
        case malformedHeader(String)
        /// The element type is not the one asked for.
        case wrongDType(expected: String, found: String)
        /// The array is stored column-major.
        case fortranOrder
        /// The array is not 2-D.
        case wrongRank(shape: [Int])
        /// The file ends before the data does.
        case truncated(expectedBytes: Int, actualBytes: Int)
        /// The values themselves were refused (NaN or infinity).
        case invalidValues(ScoringError)
        /// The file could not be written; the message is the system's.
        case unwritable(String)
    }

    /// The file's path.
    public let file: String
    /// What went wrong.
    public let reason: Reason

    /// Creates an error about `file`.
    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        let why = switch reason {
        case let .unreadable(message): "cannot be read: \(message)"
        case .notNPY: "is not a NumPy .npy file (no \\x93NUMPY magic)"
        case let .unsupportedVersion(major, minor): "has unsupported .npy format version \(major).\(minor)"
        case let .malformedHeader(detail): "has a malformed header: \(detail)"
        case let .wrongDType(expected, found): "holds dtype '\(found)', expected '\(expected)'"
        case .fortranOrder: "is stored in Fortran (column-major) order; save it C-contiguous (np.ascontiguousarray)"
        case let .wrongRank(shape): "has shape \(shape), expected a 2-D array"
        case let .truncated(expected, actual): "is truncated: its data needs \(expected) bytes, the file has \(actual)"
        case let .invalidValues(error): "has invalid values: \(error)"
        case let .unwritable(message): "cannot be written: \(message)"
        }
        return "\(file) \(why)"
    }
}
