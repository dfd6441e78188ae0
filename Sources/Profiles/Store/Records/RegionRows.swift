import GRDB

/// A row of `region`: an oblast or a city of republican significance.
struct RegionRow {
    var id: String
    var nameKK: String, nameRU: String, nameEN: String
    var centre: String?
    var population: Int?
    var populationAsOf: String?
    var recordHash: String
}

extension RegionRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "region"

    enum CodingKeys: String, CodingKey {
        case id, nameKK = "name_kk", nameRU = "name_ru", nameEN = "name_en"
        case centre, population, populationAsOf = "population_as_of", recordHash = "record_hash"
    }
}

extension RegionRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let nameKK = Column(CodingKeys.nameKK)
        static let nameRU = Column(CodingKeys.nameRU)
        static let nameEN = Column(CodingKeys.nameEN)
        static let centre = Column(CodingKeys.centre)
        static let population = Column(CodingKeys.population)
        static let populationAsOf = Column(CodingKeys.populationAsOf)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

// MARK: - Region ⇄ rows

extension Region: Storable {
    func storedRow(recordHash: String) -> RegionRow {
        RegionRow(id: id, nameKK: name.kk, nameRU: name.ru, nameEN: name.en, centre: centre, population: population,
                  populationAsOf: populationAsOf, recordHash: recordHash)
    }
}

extension RegionRow {
    var region: Region {
        Region(id: id, name: LocalizedText(kk: nameKK, ru: nameRU, en: nameEN), centre: centre, population: population,
               populationAsOf: populationAsOf)
    }
}
