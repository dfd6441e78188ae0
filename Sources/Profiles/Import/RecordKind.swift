/// The kinds of record the importer reads, in the order that references between them require.
public enum RecordKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case skills, subjects, regions, specialties, colleges, enterprises, schools, vacancies, students
    /// A class's answer sheets to the interest questionnaire (`AnswerSheet`): after students, whom they name.
    case answers
    /// schema.org `JobPosting`s (JSON-LD, or HTML pages embedding it) read into vacancies (`Importer+Postings`).
    case postings

    /// Columns (CSV) or keys (JSON): required ones must be present and non-empty.
    public var columns: [(name: String, required: Bool)] {
        func names(_ base: String) -> [(String, Bool)] { Language.allCases.map { ("\(base)_\($0.rawValue)", true) } }
        switch self {
        case .skills:
            return [("id", true), ("group", true)] + names("label")
                + Language.allCases.map { ("synonyms_\($0.rawValue)", false) }
        case .subjects:
            return [("id", true)] + names("name")
        case .regions:
            return [("id", true)] + names("name") + [("centre", false), ("population", false), ("population_as_of", false)]
        case .specialties:
            return [("id", true), ("code", false), ("confirmed", true)] + names("name")
                + [("qualifications", false), ("riasec", true), ("key_subjects", true), ("skills", true), ("note", false)]
        case .colleges:
            return [("id", true)] + names("name") + [("region", true), ("town", true), ("specialties", true), ("note", false)]
        case .enterprises:
            return [("id", true)] + names("name") + [("region", true), ("town", true), ("sector", true), ("note", false)]
        case .schools:
            return [("id", true)] + names("name") + [("region", true), ("town", true), ("note", false)]
        case .vacancies:
            return [("id", true), ("enterprise", true)] + names("title")
                + [("kind", true), ("region", true), ("headcount", true), ("min_age", true), ("specialties", false), ("requirements", true)]
        case .postings:
            return JobPosting.keys
        case .students:
            return [("id", true), ("stage", true), ("year", false), ("region", true), ("town", false),
                    ("settlement", true), ("relocation", true), ("birth_year", true), ("guardian_consent", false), ("specialty", false),
                    ("college", false), ("grades", true), ("interests", true), ("skills", false),
                    ("languages", true), ("school_language", true), ("sex", false),
                    ("school", false), ("class", false)]
        case .answers:
            // Besides these, one column per item of the bank and its timing (`AnswerSheet.columns(of:)`).
            return AnswerSheet.fixedColumns
        }
    }

    /// Guesses the kind from a file name such as `vacancies.csv` or `students-2025.json`.
    public static func guess(fromFileName name: String) -> RecordKind? {
        let base = name.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        return allCases.first { base.hasPrefix($0.rawValue) || base.hasPrefix(String($0.rawValue.dropLast())) }
    }

    /// Guesses the kind from a CSV header or JSON keys: the kind whose required columns are all present
    /// and whose columns explain the most names.
    public static func guess(fromColumns columns: Set<String>) -> RecordKind? {
        let fitting = allCases.filter { kind in kind.columns.allSatisfy { !$0.required || columns.contains($0.name) } }
        return fitting.max { a, b in
            a.columns.filter { columns.contains($0.name) }.count < b.columns.filter { columns.contains($0.name) }.count
        }
    }

    public static func < (a: RecordKind, b: RecordKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
