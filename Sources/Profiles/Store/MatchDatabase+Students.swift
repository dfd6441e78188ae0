import GRDB

extension MatchDatabase {
    /// The student with this id, or nil.
    public func student(id: String) throws -> Student? {
        try writer.read { db in try Self.students(db, where: "WHERE id = ?", arguments: [id]).first }
    }

    /// All students, sorted by id.
    /// - Complexity: O(n) rows read in three ordered scans.
    public func students() throws -> [Student] {
        try writer.read { db in try Self.students(db) }
    }

    public func studentCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM student") ?? 0 }
    }

    static func students(_ db: Database, where filter: String = "", arguments: StatementArguments = []) throws -> [Student] {
        let childFilter = filter.isEmpty ? "" : filter.replacingOccurrences(of: "id", with: "student_id")
        // Three ordered scans merged by id: no per-student query.
        let grades = try Row.fetchCursor(db, sql: "SELECT student_id, subject_id, grade FROM student_grade \(childFilter) ORDER BY student_id", arguments: arguments)
        let skills = try Row.fetchCursor(db, sql: "SELECT student_id, skill_id, level, evidence FROM student_skill \(childFilter) ORDER BY student_id, skill_id", arguments: arguments)
        var nextGrade = try grades.next(), nextSkill = try skills.next()
        var students: [Student] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM student \(filter) ORDER BY id", arguments: arguments)
        while let row = try rows.next() {
            let id: String = row["id"]
            var gradeMap: [String: Int] = [:]
            while let g = nextGrade, (g[0] as String) <= id {
                if (g[0] as String) == id { gradeMap[g[1]] = g[2] }
                nextGrade = try grades.next()
            }
            var studentSkills: [StudentSkill] = []
            while let s = nextSkill, (s[0] as String) <= id {
                if (s[0] as String) == id {
                    studentSkills.append(StudentSkill(skillID: s[1], level: s[2], evidence: StudentSkill.Evidence(rawValue: s[3])!))
                }
                nextSkill = try skills.next()
            }
            let year: Int? = row["year"]
            let stage: Stage = switch row["stage"] as String {
            case "school": .school(grade: year ?? 0)
            case "college": .college(course: year ?? 0)
            default: .graduate
            }
            var interests: [RIASEC: Double] = [:]
            for letter in RIASEC.allCases { interests[letter] = row["interest_\(letter.rawValue.lowercased())"] }
            students.append(Student(
                id: id, stage: stage, regionID: row["region_id"], settlement: Settlement(rawValue: row["settlement"])!,
                relocation: Relocation(rawValue: row["relocation"])!, birthYear: row["birth_year"],
                guardianConsent: row["guardian_consent"], specialtyID: row["specialty_id"], collegeID: row["college_id"],
                grades: gradeMap, interests: InterestScores(interests), skills: studentSkills,
                languages: (row["languages"] as String).split(separator: ";").compactMap { Language(rawValue: String($0)) },
                schoolLanguage: Language(rawValue: row["school_language"])!, sex: (row["sex"] as String?).flatMap(Sex.init)))
        }
        return students
    }
}
