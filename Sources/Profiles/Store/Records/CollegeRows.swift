import GRDB

/// A row of `college`, without its offerings (rows of their own).
struct CollegeRow {
    var id: String
    var nameKK: String, nameRU: String, nameEN: String
    var regionID: String
    var town: String
    var note: String?
    var recordHash: String
}

/// A row of `college_specialty`: a specialty a college teaches, with its seats per year.
struct CollegeSpecialtyRow {
    var collegeID: String
    var specialtyID: String
    var seats: Int
}

extension CollegeRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "college"

    enum CodingKeys: String, CodingKey {
        case id, nameKK = "name_kk", nameRU = "name_ru", nameEN = "name_en"
        case regionID = "region_id", town, note, recordHash = "record_hash"
    }
}

extension CollegeSpecialtyRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "college_specialty"
    static let college = belongsTo(CollegeRow.self)

    enum CodingKeys: String, CodingKey {
        case collegeID = "college_id", specialtyID = "specialty_id", seats
    }
}

extension CollegeRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let nameKK = Column(CodingKeys.nameKK)
        static let nameRU = Column(CodingKeys.nameRU)
        static let nameEN = Column(CodingKeys.nameEN)
        static let regionID = Column(CodingKeys.regionID)
        static let town = Column(CodingKeys.town)
        static let note = Column(CodingKeys.note)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

extension CollegeSpecialtyRow {
    enum Columns {
        static let collegeID = Column(CodingKeys.collegeID)
        static let specialtyID = Column(CodingKeys.specialtyID)
        static let seats = Column(CodingKeys.seats)
    }
}

// MARK: - College ⇄ rows

extension College: Storable {
    func storedRow(recordHash: String) -> CollegeRow {
        CollegeRow(id: id, nameKK: name.kk, nameRU: name.ru, nameEN: name.en, regionID: regionID, town: town, note: note,
                   recordHash: recordHash)
    }

    func insertChildRows(_ db: Database) throws {
        for offering in offerings {
            try CollegeSpecialtyRow(collegeID: id, specialtyID: offering.specialtyID, seats: offering.seatsPerYear).insert(db)
        }
    }

    static func deleteChildRows(of id: String, _ db: Database) throws {
        try CollegeSpecialtyRow.filter(CollegeSpecialtyRow.Columns.collegeID == id).deleteAll(db)
    }
}

extension CollegeRow {
    /// - Parameter offerings: this college's offering rows.
    func college(offerings: [CollegeSpecialtyRow]) -> College {
        College(id: id, name: LocalizedText(kk: nameKK, ru: nameRU, en: nameEN), regionID: regionID, town: town,
                offerings: offerings.map { College.Offering(specialtyID: $0.specialtyID, seatsPerYear: $0.seats) }, note: note)
    }
}
