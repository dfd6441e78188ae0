import GRDB

/// A row of `skill`: one entry of the taxonomy.
struct SkillRow {
    var id: String
    var group: String
    var labelKK: String, labelRU: String, labelEN: String
    /// `;`-separated.
    var synonymsKK: String, synonymsRU: String, synonymsEN: String
    var recordHash: String
}

extension SkillRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "skill"

    enum CodingKeys: String, CodingKey {
        case id, group = "grp"
        case labelKK = "label_kk", labelRU = "label_ru", labelEN = "label_en"
        case synonymsKK = "synonyms_kk", synonymsRU = "synonyms_ru", synonymsEN = "synonyms_en"
        case recordHash = "record_hash"
    }
}

extension SkillRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let group = Column(CodingKeys.group)
        static let labelKK = Column(CodingKeys.labelKK)
        static let labelRU = Column(CodingKeys.labelRU)
        static let labelEN = Column(CodingKeys.labelEN)
        static let synonymsKK = Column(CodingKeys.synonymsKK)
        static let synonymsRU = Column(CodingKeys.synonymsRU)
        static let synonymsEN = Column(CodingKeys.synonymsEN)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

// MARK: - Skill ⇄ rows

extension Skill: Storable {
    func storedRow(recordHash: String) -> SkillRow {
        func synonyms(_ language: Language) -> String { StoredList.text(self.synonyms[language] ?? []) }
        return SkillRow(id: id, group: group.rawValue, labelKK: label.kk, labelRU: label.ru, labelEN: label.en,
                        synonymsKK: synonyms(.kk), synonymsRU: synonyms(.ru), synonymsEN: synonyms(.en),
                        recordHash: recordHash)
    }
}

extension SkillRow {
    var skill: Skill {
        var synonyms: [Language: [String]] = [:]
        for (language, text) in [(Language.kk, synonymsKK), (.ru, synonymsRU), (.en, synonymsEN)] {
            let names = StoredList.items(text)
            if !names.isEmpty { synonyms[language] = names }
        }
        return Skill(id: id, group: Skill.Group(rawValue: group)!, label: LocalizedText(kk: labelKK, ru: labelRU, en: labelEN),
                     synonyms: synonyms)
    }
}
