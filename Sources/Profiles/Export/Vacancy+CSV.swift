extension Vacancy {
    /// Columns of a vacancies CSV file, in the order `csvCells` writes them.
    public static let csvColumns = RecordKind.vacancies.columns.map(\.name)

    /// The vacancy as the cells of a vacancies CSV row; the importer reads it back unchanged.
    public var csvCells: [String] {
        [id, enterpriseID, title.kk, title.ru, title.en, kind.rawValue, regionID, String(headcount), String(minimumAge),
         specialtyIDs.joined(separator: ";"),
         requirements.map { "\($0.skillID):\($0.level):\($0.importance)" + ($0.mustHave ? ":must" : "") }.joined(separator: ";")]
    }
}
