/// A general school whose pupils the engine advises; its counsellor signs in to the web app for it.
/// A school's classes are the class names its pupils are stored with (`Student.className`).
public struct School: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var regionID: String
    public var town: String
    public var note: String?

    public init(id: String, name: LocalizedText, regionID: String, town: String, note: String?) {
        self.id = id
        self.name = name
        self.regionID = regionID
        self.town = town
        self.note = note
    }

    /// How long a class name may be ("9A", "11 Ә").
    public static let classNameLength = 1...12
}
