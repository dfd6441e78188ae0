import GRDB

/// A row of `specialty`: a TVET specialty, without its key subjects and skills (rows of their own).
struct SpecialtyRow {
    var id: String
    var code: String?
    var confirmed: Bool
    var nameKK: String, nameRU: String, nameEN: String
    /// `;`-separated.
    var qualifications: String
    /// The Holland code's letters, strongest first, e.g. `RC`.
    var riasec: String
    var note: String?
    var recordHash: String
}

/// A row of `specialty_subject`: a key subject of a specialty, at its place in the listed order.
struct SpecialtySubjectRow {
    var specialtyID: String
    var subjectID: String
    var position: Int
}

/// A row of `specialty_skill`: a skill a specialty's graduate has, with the level reached.
struct SpecialtySkillRow {
    var specialtyID: String
    var skillID: String
    var level: Int
}

extension SpecialtyRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "specialty"

    enum CodingKeys: String, CodingKey {
        case id, code, confirmed, nameKK = "name_kk", nameRU = "name_ru", nameEN = "name_en"
        case qualifications, riasec, note, recordHash = "record_hash"
    }
}

extension SpecialtySubjectRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "specialty_subject"

    enum CodingKeys: String, CodingKey {
        case specialtyID = "specialty_id", subjectID = "subject_id", position
    }
}

extension SpecialtySkillRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "specialty_skill"

    enum CodingKeys: String, CodingKey {
        case specialtyID = "specialty_id", skillID = "skill_id", level
    }
}

extension SpecialtyRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let code = Column(CodingKeys.code)
        static let confirmed = Column(CodingKeys.confirmed)
        static let nameKK = Column(CodingKeys.nameKK)
        static let nameRU = Column(CodingKeys.nameRU)
        static let nameEN = Column(CodingKeys.nameEN)
        static let qualifications = Column(CodingKeys.qualifications)
        static let riasec = Column(CodingKeys.riasec)
        static let note = Column(CodingKeys.note)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

extension SpecialtySubjectRow {
    enum Columns {
        static let specialtyID = Column(CodingKeys.specialtyID)
        static let subjectID = Column(CodingKeys.subjectID)
        static let position = Column(CodingKeys.position)
    }
}

extension SpecialtySkillRow {
    enum Columns {
        static let specialtyID = Column(CodingKeys.specialtyID)
        static let skillID = Column(CodingKeys.skillID)
        static let level = Column(CodingKeys.level)
    }
}

// MARK: - Specialty ⇄ rows

extension Specialty: Storable {
    func storedRow(recordHash: String) -> SpecialtyRow {
        SpecialtyRow(id: id, code: code, confirmed: confirmed, nameKK: name.kk, nameRU: name.ru, nameEN: name.en,
                     qualifications: StoredList.text(qualifications), riasec: interestCode.map(\.rawValue).joined(),
                     note: note, recordHash: recordHash)
    }

    func insertChildRows(_ db: Database) throws {
        for (position, subjectID) in keySubjects.enumerated() {
            try SpecialtySubjectRow(specialtyID: id, subjectID: subjectID, position: position).insert(db)
        }
        for skill in skills {
            try SpecialtySkillRow(specialtyID: id, skillID: skill.skillID, level: skill.level).insert(db)
        }
    }

    static func deleteChildRows(of id: String, _ db: Database) throws {
        try SpecialtySubjectRow.filter(SpecialtySubjectRow.Columns.specialtyID == id).deleteAll(db)
        try SpecialtySkillRow.filter(SpecialtySkillRow.Columns.specialtyID == id).deleteAll(db)
    }
}

extension SpecialtyRow {
    /// - Parameters:
    ///   - keySubjects: this specialty's key subject rows, in position order.
    ///   - skills: this specialty's skill rows.
    func specialty(keySubjects: [SpecialtySubjectRow], skills: [SpecialtySkillRow]) -> Specialty {
        Specialty(
            id: id, code: code, confirmed: confirmed, name: LocalizedText(kk: nameKK, ru: nameRU, en: nameEN),
            qualifications: StoredList.items(qualifications),
            interestCode: riasec.compactMap { RIASEC(rawValue: String($0)) },
            keySubjects: keySubjects.map(\.subjectID),
            skills: skills.map { SkillLevel(skillID: $0.skillID, level: $0.level) },
            note: note)
    }
}
