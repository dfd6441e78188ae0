import GRDB

/// A row of `subject`: a school subject.
struct SubjectRow {
    var id: String
    var nameKK: String, nameRU: String, nameEN: String
    var recordHash: String
}

extension SubjectRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "subject"

    enum CodingKeys: String, CodingKey {
        case id, nameKK = "name_kk", nameRU = "name_ru", nameEN = "name_en", recordHash = "record_hash"
    }
}

extension SubjectRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let nameKK = Column(CodingKeys.nameKK)
        static let nameRU = Column(CodingKeys.nameRU)
        static let nameEN = Column(CodingKeys.nameEN)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

// MARK: - Subject ⇄ rows

extension Subject: Storable {
    func storedRow(recordHash: String) -> SubjectRow {
        SubjectRow(id: id, nameKK: name.kk, nameRU: name.ru, nameEN: name.en, recordHash: recordHash)
    }
}

extension SubjectRow {
    var subject: Subject { Subject(id: id, name: LocalizedText(kk: nameKK, ru: nameRU, en: nameEN)) }
}
