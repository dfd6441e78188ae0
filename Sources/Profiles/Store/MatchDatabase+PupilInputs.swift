import GRDB

extension MatchDatabase {
    /// Sets a student's grades in the given subjects, keeping the others (inside a transaction of the façade).
    static func recordGrades(_ grades: [String: Int], ofStudent id: String, _ db: Database) throws {
        try requireStudent(id, db)
        for subjectID in grades.keys.sorted() {
            try StudentGradeRow(studentID: id, subjectID: subjectID, grade: grades[subjectID]!).save(db)
        }
        try markEdited(id, db)
    }

    /// Adds a skill to a student, or replaces its level and evidence.
    static func recordSkill(_ skill: StudentSkill, ofStudent id: String, _ db: Database) throws {
        try requireStudent(id, db)
        try StudentSkillRow(studentID: id, skillID: skill.skillID, level: skill.level, evidence: skill.evidence.rawValue).save(db)
        try markEdited(id, db)
    }

    /// Removes a skill from a student; whether they had it.
    static func removeSkill(_ skillID: String, ofStudent id: String, _ db: Database) throws -> Bool {
        try requireStudent(id, db)
        let removed = try StudentSkillRow.filter(StudentSkillRow.Columns.studentID == id && StudentSkillRow.Columns.skillID == skillID).deleteAll(db) > 0
        if removed { try markEdited(id, db) }
        return removed
    }

    private static func requireStudent(_ id: String, _ db: Database) throws {
        guard try StudentRow.exists(db, key: id) else { throw QuestionnaireStoreError.unknownStudent(id) }
    }

    /// The record hash is cleared: the profile no longer matches the file it was imported from, so the
    /// next import of that file counts it as changed (and puts the file's values back).
    private static func markEdited(_ id: String, _ db: Database) throws {
        try db.execute(sql: "UPDATE student SET record_hash = '' WHERE id = ?", arguments: [id])
    }
}
