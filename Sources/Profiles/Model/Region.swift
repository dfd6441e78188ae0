/// One of Kazakhstan's 17 oblasts or 3 cities of republican significance.
public struct Region: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// Administrative centre; nil for the three cities.
    public var centre: String?
    /// Published population, nil where no figure was found.
    public var population: Int?
    /// When the population was counted, e.g. `2026-01`.
    public var populationAsOf: String?

    public init(id: String, name: LocalizedText, centre: String?, population: Int?, populationAsOf: String?) {
        self.id = id
        self.name = name
        self.centre = centre
        self.population = population
        self.populationAsOf = populationAsOf
    }
}
