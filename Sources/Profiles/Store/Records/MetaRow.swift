import GRDB

/// A row of `meta`: a named value about the database itself (its pseudonym key, where its catalogue
/// came from, …).
struct MetaRow {
    var key: String
    var value: String
}

extension MetaRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "meta"
}

extension MetaRow {
    enum Columns {
        static let key = Column(CodingKeys.key)
        static let value = Column(CodingKeys.value)
    }
}
