import Guidance
import Localization
import Profiles
/// Why a report could not be written, naming the file or folder and the reason.
public enum ReportWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Rendering failed before anything was written (e.g. a rate that JSON cannot hold).
    case cannotRender(file: String, reason: String)
    /// The file system refused: `path` is the file or folder, `problem` why.
    case cannotWrite(path: String, problem: FileProblem)

    public var description: String {
        switch self {
        case .cannotRender(let file, let reason): "Cannot render \(file): \(reason)"
        case .cannotWrite(let path, let problem): "Cannot write \(path): \(problem)"
        }
    }
}
