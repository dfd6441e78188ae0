import GRDB

/// A row of `enterprise`: an employer.
struct EnterpriseRow {
    var id: String
    var nameKK: String, nameRU: String, nameEN: String
    var regionID: String
    var town: String
    var sector: String
    var note: String?
    var recordHash: String
}

extension EnterpriseRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "enterprise"

    enum CodingKeys: String, CodingKey {
        case id, nameKK = "name_kk", nameRU = "name_ru", nameEN = "name_en"
        case regionID = "region_id", town, sector, note, recordHash = "record_hash"
    }
}

extension EnterpriseRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let nameKK = Column(CodingKeys.nameKK)
        static let nameRU = Column(CodingKeys.nameRU)
        static let nameEN = Column(CodingKeys.nameEN)
        static let regionID = Column(CodingKeys.regionID)
        static let town = Column(CodingKeys.town)
        static let sector = Column(CodingKeys.sector)
        static let note = Column(CodingKeys.note)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

// MARK: - Enterprise ⇄ rows

extension Enterprise: Storable {
    func storedRow(recordHash: String) -> EnterpriseRow {
        EnterpriseRow(id: id, nameKK: name.kk, nameRU: name.ru, nameEN: name.en, regionID: regionID, town: town,
                      sector: sector, note: note, recordHash: recordHash)
    }
}

extension EnterpriseRow {
    var enterprise: Enterprise {
        Enterprise(id: id, name: LocalizedText(kk: nameKK, ru: nameRU, en: nameEN), regionID: regionID, town: town,
                   sector: sector, note: note)
    }
}
