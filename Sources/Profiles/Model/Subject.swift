/// A school subject that grades and specialties' key subjects refer to.
public struct Subject: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
