/// A file that could not be written: the path asked for (never a temporary) and why.
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var problem: FileProblem

    public init(path: String, problem: FileProblem) {
        self.path = path
        self.problem = problem
    }

    /// The problem in English (`Words.reason(_:)` words it in the reader's language).
    public var reason: String { problem.description }
    public var description: String { "cannot write \(path): \(reason)" }
}
