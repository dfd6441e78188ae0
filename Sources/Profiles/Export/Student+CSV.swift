extension Student {
    /// Columns of a students CSV file, in the order `csvCells` writes them: all but the optional school
    /// and class, which files made before schools existed do not have (`schoolColumns`).
    public static let csvColumns = RecordKind.students.columns.map(\.name).filter { !schoolColumns.contains($0) }

    /// The optional last two columns: the pupil's school and class.
    public static let schoolColumns = ["school", "class"]

    /// `csvCells` followed by the school and class cells.
    public var csvCellsWithSchool: [String] { csvCells + [schoolID ?? "", className ?? ""] }

    /// The student as the cells of a students CSV row; the importer reads it back unchanged.
    public var csvCells: [String] {
        [
            id, stage.name, stage.year.map(String.init) ?? "", regionID, town ?? "", settlement.rawValue, relocation.rawValue,
            String(birthYear), guardianConsent.map { $0 ? "yes" : "no" } ?? "", specialtyID ?? "", collegeID ?? "",
            grades.keys.sorted().map { "\($0):\(grades[$0]!)" }.joined(separator: ";"),
            RIASEC.allCases.map { "\($0.rawValue):\(interests[$0])" }.joined(separator: ";"),
            skills.map { "\($0.skillID):\($0.level):\($0.evidence.rawValue)" }.joined(separator: ";"),
            languages.map(\.rawValue).joined(separator: ";"), schoolLanguage.rawValue, sex?.rawValue ?? "",
        ]
    }
}
