/// A TVET college and the specialties it teaches.
public struct College: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var regionID: String
    public var town: String
    public var offerings: [Offering]
    public var note: String?

    /// A specialty taught with its yearly intake.
    public struct Offering: Sendable, Hashable, Codable {
        public var specialtyID: String
        public var seatsPerYear: Int

        public init(specialtyID: String, seatsPerYear: Int) {
            self.specialtyID = specialtyID
            self.seatsPerYear = seatsPerYear
        }
    }

    public init(id: String, name: LocalizedText, regionID: String, town: String, offerings: [Offering], note: String?) {
        self.id = id
        self.name = name
        self.regionID = regionID
        self.town = town
        self.offerings = offerings
        self.note = note
    }
}
