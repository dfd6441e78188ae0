import GRDB

extension MatchDatabase {
    /// The students, sorted by id: all of them, or the one with `id`.
    static func students(_ db: Database, id: String? = nil) throws -> [Student] {
        try students(db, where: id.map { StudentRow.Columns.id == $0 })
    }

    /// The schoolchildren `filter` selects, sorted by id (`PupilFilter.contains` is the same rule).
    static func pupils(_ db: Database, _ filter: PupilFilter) throws -> [Student] {
        var condition = StudentRow.Columns.stage == "school"
        if let region = filter.regionID { condition = condition && StudentRow.Columns.regionID == region }
        if let grade = filter.grade { condition = condition && StudentRow.Columns.year == grade }
        if let school = filter.schoolID { condition = condition && StudentRow.Columns.schoolID == school }
        if let name = filter.className { condition = condition && StudentRow.Columns.className == name }
        return try students(db, where: condition)
    }

    /// The students `condition` selects (nil: all), sorted by id, with their grades and skills.
    private static func students(_ db: Database, where condition: SQLExpression?) throws -> [Student] {
        var profiles = StudentRow.order(StudentRow.Columns.id)
        var grades = StudentGradeRow.order(StudentGradeRow.Columns.studentID)
        var skills = StudentSkillRow.order(StudentSkillRow.Columns.studentID, StudentSkillRow.Columns.skillID)
        if let condition {
            // The child rows of the selected students only: the same condition as a subquery on their ids.
            let ids = StudentRow.filter(condition).select(StudentRow.Columns.id)
            profiles = profiles.filter(condition)
            grades = grades.filter(ids.contains(StudentGradeRow.Columns.studentID))
            skills = skills.filter(ids.contains(StudentSkillRow.Columns.studentID))
        }
        // Three ordered scans merged by id: no per-student query.
        let gradeRows = try grades.fetchCursor(db), skillRows = try skills.fetchCursor(db)
        var nextGrade = try gradeRows.next(), nextSkill = try skillRows.next()
        var students: [Student] = []
        let rows = try profiles.fetchCursor(db)
        while let row = try rows.next() {
            var studentGrades: [StudentGradeRow] = []
            while let grade = nextGrade, grade.studentID <= row.id {
                if grade.studentID == row.id { studentGrades.append(grade) }
                nextGrade = try gradeRows.next()
            }
            var studentSkills: [StudentSkillRow] = []
            while let skill = nextSkill, skill.studentID <= row.id {
                if skill.studentID == row.id { studentSkills.append(skill) }
                nextSkill = try skillRows.next()
            }
            students.append(row.student(grades: studentGrades, skills: studentSkills))
        }
        return students
    }

    static func storedRowCount(aboutStudent id: String, _ db: Database) throws -> Int {
        try StudentRow.filter(StudentRow.Columns.id == id).fetchCount(db)
            + StudentGradeRow.filter(StudentGradeRow.Columns.studentID == id).fetchCount(db)
            + StudentSkillRow.filter(StudentSkillRow.Columns.studentID == id).fetchCount(db)
            + QuestionnaireAnswerRow.filter(QuestionnaireAnswerRow.Columns.studentID == id).fetchCount(db)
            + Int.fetchOne(db, sql: "SELECT count(*) FROM student_audit_token WHERE student_id = ?", arguments: [id])!
    }
}
