import GRDB

/// A row of `school`: a general school.
struct SchoolRow {
    var id: String
    var nameKK: String, nameRU: String, nameEN: String
    var regionID: String
    var town: String
    var note: String?
    var recordHash: String
}

extension SchoolRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "school"

    enum CodingKeys: String, CodingKey {
        case id, nameKK = "name_kk", nameRU = "name_ru", nameEN = "name_en"
        case regionID = "region_id", town, note, recordHash = "record_hash"
    }
}

extension SchoolRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let regionID = Column(CodingKeys.regionID)
        static let town = Column(CodingKeys.town)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

// MARK: - School ⇄ rows

extension School: Storable {
    func storedRow(recordHash: String) -> SchoolRow {
        SchoolRow(id: id, nameKK: name.kk, nameRU: name.ru, nameEN: name.en, regionID: regionID, town: town,
                  note: note, recordHash: recordHash)
    }
}

extension SchoolRow {
    var school: School {
        School(id: id, name: LocalizedText(kk: nameKK, ru: nameRU, en: nameEN), regionID: regionID, town: town, note: note)
    }
}
