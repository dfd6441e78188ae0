/// An employer offering jobs, internships or dual-education places.
public struct Enterprise: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var regionID: String
    public var town: String
    public var sector: String
    public var note: String?

    public init(id: String, name: LocalizedText, regionID: String, town: String, sector: String, note: String?) {
        self.id = id
        self.name = name
        self.regionID = regionID
        self.town = town
        self.sector = sector
        self.note = note
    }
}
