import Guidance
import Localization
import Profiles
import Foundation

/// One file of a rendered report: its name within the report folder and its bytes.
public struct ReportFile: Sendable, Hashable {
    /// A plain file name such as `regions.csv`, never a path.
    public var name: String
    public var contents: Data

    public init(name: String, contents: Data) {
        precondition(!name.isEmpty && !name.contains("/") && name != "." && name != "..", "a report file name is a plain name")
        self.name = name
        self.contents = contents
    }
}
