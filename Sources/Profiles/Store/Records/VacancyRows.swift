import GRDB

/// A row of `vacancy`, without its specialties and requirements (rows of their own).
struct VacancyRow {
    var id: String
    var enterpriseID: String
    var titleKK: String, titleRU: String, titleEN: String
    var kind: String
    var regionID: String
    var headcount: Int
    var minimumAge: Int
    var recordHash: String
}

/// A row of `vacancy_specialty`: a specialty a vacancy accepts, at its place in the listed order (the
/// first gives the vacancy's Holland code).
struct VacancySpecialtyRow {
    var vacancyID: String
    var specialtyID: String
    var position: Int
}

/// A row of `vacancy_requirement`: what a vacancy asks of one skill.
struct VacancyRequirementRow {
    var vacancyID: String
    var skillID: String
    var level: Int
    var importance: Int
    var mustHave: Bool
}

extension VacancyRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "vacancy"

    enum CodingKeys: String, CodingKey {
        case id, enterpriseID = "enterprise_id", titleKK = "title_kk", titleRU = "title_ru", titleEN = "title_en"
        case kind, regionID = "region_id", headcount, minimumAge = "min_age", recordHash = "record_hash"
    }
}

extension VacancySpecialtyRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "vacancy_specialty"

    enum CodingKeys: String, CodingKey {
        case vacancyID = "vacancy_id", specialtyID = "specialty_id", position
    }
}

extension VacancyRequirementRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "vacancy_requirement"

    enum CodingKeys: String, CodingKey {
        case vacancyID = "vacancy_id", skillID = "skill_id", level, importance, mustHave = "must_have"
    }
}

extension VacancyRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let enterpriseID = Column(CodingKeys.enterpriseID)
        static let titleKK = Column(CodingKeys.titleKK)
        static let titleRU = Column(CodingKeys.titleRU)
        static let titleEN = Column(CodingKeys.titleEN)
        static let kind = Column(CodingKeys.kind)
        static let regionID = Column(CodingKeys.regionID)
        static let headcount = Column(CodingKeys.headcount)
        static let minimumAge = Column(CodingKeys.minimumAge)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

extension VacancySpecialtyRow {
    enum Columns {
        static let vacancyID = Column(CodingKeys.vacancyID)
        static let specialtyID = Column(CodingKeys.specialtyID)
        static let position = Column(CodingKeys.position)
    }
}

extension VacancyRequirementRow {
    enum Columns {
        static let vacancyID = Column(CodingKeys.vacancyID)
        static let skillID = Column(CodingKeys.skillID)
        static let level = Column(CodingKeys.level)
        static let importance = Column(CodingKeys.importance)
        static let mustHave = Column(CodingKeys.mustHave)
    }
}

// MARK: - Vacancy ⇄ rows

extension Vacancy: Storable {
    func storedRow(recordHash: String) -> VacancyRow {
        VacancyRow(id: id, enterpriseID: enterpriseID, titleKK: title.kk, titleRU: title.ru, titleEN: title.en,
                   kind: kind.rawValue, regionID: regionID, headcount: headcount, minimumAge: minimumAge, recordHash: recordHash)
    }

    func insertChildRows(_ db: Database) throws {
        for (position, specialtyID) in specialtyIDs.enumerated() {
            try VacancySpecialtyRow(vacancyID: id, specialtyID: specialtyID, position: position).insert(db)
        }
        for requirement in requirements {
            try VacancyRequirementRow(vacancyID: id, skillID: requirement.skillID, level: requirement.level,
                                      importance: requirement.importance, mustHave: requirement.mustHave).insert(db)
        }
    }

    static func deleteChildRows(of id: String, _ db: Database) throws {
        try VacancySpecialtyRow.filter(VacancySpecialtyRow.Columns.vacancyID == id).deleteAll(db)
        try VacancyRequirementRow.filter(VacancyRequirementRow.Columns.vacancyID == id).deleteAll(db)
    }
}

extension VacancyRow {
    /// - Parameters:
    ///   - specialties: this vacancy's specialty rows, in position order.
    ///   - requirements: this vacancy's requirement rows.
    func vacancy(specialties: [VacancySpecialtyRow], requirements: [VacancyRequirementRow]) -> Vacancy {
        Vacancy(
            id: id, enterpriseID: enterpriseID, title: LocalizedText(kk: titleKK, ru: titleRU, en: titleEN),
            kind: Vacancy.Kind(rawValue: kind)!, regionID: regionID, headcount: headcount, minimumAge: minimumAge,
            specialtyIDs: specialties.map(\.specialtyID),
            requirements: requirements.map {
                Requirement(skillID: $0.skillID, level: $0.level, importance: $0.importance, mustHave: $0.mustHave)
            })
    }
}
