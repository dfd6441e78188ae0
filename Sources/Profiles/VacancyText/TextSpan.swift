/// Where in a vacancy text something was read: character offsets (`start` inclusive, `end` exclusive,
/// counted in Swift `Character`s, i.e. what a person sees as letters) and the text between them.
public struct TextSpan: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
