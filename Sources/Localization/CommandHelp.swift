/// A command's help in one language: the one-line abstract and the discussion under it.
public struct CommandHelp: Sendable, Hashable {
    public var abstract: String
    public var discussion: String

    public init(abstract: String, discussion: String) {
        self.abstract = abstract
        self.discussion = discussion
    }
}
