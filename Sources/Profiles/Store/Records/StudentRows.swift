import Foundation
import GRDB

/// A row of `student`, without grades and skills (rows of their own).
struct StudentRow {
    var id: String
    /// `school`, `college` or `graduate`.
    var stage: String
    /// School grade or college course; nil for graduates.
    var year: Int?
    var regionID: String
    var town: String?
    var settlement: String
    var relocation: String
    var birthYear: Int
    var guardianConsent: Bool?
    var specialtyID: String?
    var collegeID: String?
    /// Interest in each RIASEC type, 0–1.
    var interestR: Double, interestI: Double, interestA: Double, interestS: Double, interestE: Double, interestC: Double
    /// Language codes, `;`-separated.
    var languages: String
    var schoolLanguage: String
    var sex: String?
    var schoolID: String?
    var className: String?
    var recordHash: String
}

/// A row of `student_grade`: a student's grade (1–5) in one subject.
struct StudentGradeRow {
    var studentID: String
    var subjectID: String
    var grade: Int
}

/// A row of `student_skill`: a skill a student has, with what shows it.
struct StudentSkillRow {
    var studentID: String
    var skillID: String
    var level: Int
    var evidence: String
}

extension StudentRow: Codable, FetchableRecord, PersistableRecord, ProfileRow {
    static let databaseTableName = "student"

    enum CodingKeys: String, CodingKey {
        case id, stage, year, regionID = "region_id", town, settlement, relocation, birthYear = "birth_year"
        case guardianConsent = "guardian_consent", specialtyID = "specialty_id", collegeID = "college_id"
        case interestR = "interest_r", interestI = "interest_i", interestA = "interest_a"
        case interestS = "interest_s", interestE = "interest_e", interestC = "interest_c"
        case languages, schoolLanguage = "school_language", sex, schoolID = "school_id", className = "class_name"
        case recordHash = "record_hash"
    }
}

extension StudentGradeRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "student_grade"

    enum CodingKeys: String, CodingKey {
        case studentID = "student_id", subjectID = "subject_id", grade
    }
}

extension StudentSkillRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "student_skill"

    enum CodingKeys: String, CodingKey {
        case studentID = "student_id", skillID = "skill_id", level, evidence
    }
}

extension StudentRow {
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let stage = Column(CodingKeys.stage)
        static let year = Column(CodingKeys.year)
        static let regionID = Column(CodingKeys.regionID)
        static let town = Column(CodingKeys.town)
        static let settlement = Column(CodingKeys.settlement)
        static let relocation = Column(CodingKeys.relocation)
        static let birthYear = Column(CodingKeys.birthYear)
        static let guardianConsent = Column(CodingKeys.guardianConsent)
        static let specialtyID = Column(CodingKeys.specialtyID)
        static let collegeID = Column(CodingKeys.collegeID)
        static let interestR = Column(CodingKeys.interestR)
        static let interestI = Column(CodingKeys.interestI)
        static let interestA = Column(CodingKeys.interestA)
        static let interestS = Column(CodingKeys.interestS)
        static let interestE = Column(CodingKeys.interestE)
        static let interestC = Column(CodingKeys.interestC)
        static let languages = Column(CodingKeys.languages)
        static let schoolLanguage = Column(CodingKeys.schoolLanguage)
        static let sex = Column(CodingKeys.sex)
        static let schoolID = Column(CodingKeys.schoolID)
        static let className = Column(CodingKeys.className)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

extension StudentGradeRow {
    enum Columns {
        static let studentID = Column(CodingKeys.studentID)
        static let subjectID = Column(CodingKeys.subjectID)
        static let grade = Column(CodingKeys.grade)
    }
}

extension StudentSkillRow {
    enum Columns {
        static let studentID = Column(CodingKeys.studentID)
        static let skillID = Column(CodingKeys.skillID)
        static let level = Column(CodingKeys.level)
        static let evidence = Column(CodingKeys.evidence)
    }
}

// MARK: - Coding by hand

// Students are the bulk of every import and of every load of all students: these three records read and
// write their columns by hand (row[Columns.x], `columnValues`). With Codable's generic coding, loading
// 100,000 students took 45% longer and storing them 35% longer.

extension StudentRow: BulkInsertedRow {
    init(row: Row) throws {
        id = row[Columns.id]
        stage = row[Columns.stage]
        year = row[Columns.year]
        regionID = row[Columns.regionID]
        town = row[Columns.town]
        settlement = row[Columns.settlement]
        relocation = row[Columns.relocation]
        birthYear = row[Columns.birthYear]
        guardianConsent = row[Columns.guardianConsent]
        specialtyID = row[Columns.specialtyID]
        collegeID = row[Columns.collegeID]
        interestR = row[Columns.interestR]
        interestI = row[Columns.interestI]
        interestA = row[Columns.interestA]
        interestS = row[Columns.interestS]
        interestE = row[Columns.interestE]
        interestC = row[Columns.interestC]
        languages = row[Columns.languages]
        schoolLanguage = row[Columns.schoolLanguage]
        sex = row[Columns.sex]
        schoolID = row[Columns.schoolID]
        className = row[Columns.className]
        recordHash = row[Columns.recordHash]
    }

    var columnValues: [(column: Column, value: (any DatabaseValueConvertible)?)] {
        [(Columns.id, id), (Columns.stage, stage), (Columns.year, year), (Columns.regionID, regionID),
         (Columns.town, town), (Columns.settlement, settlement), (Columns.relocation, relocation), (Columns.birthYear, birthYear),
         (Columns.guardianConsent, guardianConsent), (Columns.specialtyID, specialtyID), (Columns.collegeID, collegeID),
         (Columns.interestR, interestR), (Columns.interestI, interestI), (Columns.interestA, interestA),
         (Columns.interestS, interestS), (Columns.interestE, interestE), (Columns.interestC, interestC),
         (Columns.languages, languages), (Columns.schoolLanguage, schoolLanguage), (Columns.sex, sex),
         (Columns.schoolID, schoolID), (Columns.className, className), (Columns.recordHash, recordHash)]
    }

    static func insertNew(_ rows: [StudentRow], _ db: Database) throws { try insertAll(rows, db) }
}

extension StudentGradeRow: BulkInsertedRow {
    init(row: Row) throws {
        studentID = row[Columns.studentID]
        subjectID = row[Columns.subjectID]
        grade = row[Columns.grade]
    }

    var columnValues: [(column: Column, value: (any DatabaseValueConvertible)?)] {
        [(Columns.studentID, studentID), (Columns.subjectID, subjectID), (Columns.grade, grade)]
    }
}

extension StudentSkillRow: BulkInsertedRow {
    init(row: Row) throws {
        studentID = row[Columns.studentID]
        skillID = row[Columns.skillID]
        level = row[Columns.level]
        evidence = row[Columns.evidence]
    }

    var columnValues: [(column: Column, value: (any DatabaseValueConvertible)?)] {
        [(Columns.studentID, studentID), (Columns.skillID, skillID), (Columns.level, level), (Columns.evidence, evidence)]
    }
}

// MARK: - Student ⇄ rows

extension Student: Storable {
    /// Students are the bulk of any import: hash their CSV form, which is canonical and cheap to make.
    /// The school and class count only when set, so records stored before schools keep their hashes.
    func contentHash() throws -> String {
        let cells = schoolID == nil && className == nil ? csvCells : csvCellsWithSchool
        return RecordHash.fnv1a(Data(cells.joined(separator: "\u{1F}").utf8))
    }

    func storedRow(recordHash: String) -> StudentRow {
        StudentRow(
            id: id, stage: stage.name, year: stage.year, regionID: regionID, town: town, settlement: settlement.rawValue,
            relocation: relocation.rawValue, birthYear: birthYear, guardianConsent: guardianConsent,
            specialtyID: specialtyID, collegeID: collegeID,
            interestR: interests[.realistic], interestI: interests[.investigative], interestA: interests[.artistic],
            interestS: interests[.social], interestE: interests[.enterprising], interestC: interests[.conventional],
            languages: StoredList.text(languages.map(\.rawValue)), schoolLanguage: schoolLanguage.rawValue,
            sex: sex?.rawValue, schoolID: schoolID, className: className, recordHash: recordHash)
    }

    /// All the grades of `students`, then all their skills, a few multi-row statements each.
    static func insertChildRows(of students: [Student], _ db: Database) throws {
        var grades: [StudentGradeRow] = [], skills: [StudentSkillRow] = []
        for student in students {
            for subjectID in student.grades.keys.sorted() {
                grades.append(StudentGradeRow(studentID: student.id, subjectID: subjectID, grade: student.grades[subjectID]!))
            }
            for skill in student.skills {
                skills.append(StudentSkillRow(studentID: student.id, skillID: skill.skillID, level: skill.level, evidence: skill.evidence.rawValue))
            }
        }
        try StudentGradeRow.insertAll(grades, db)
        try StudentSkillRow.insertAll(skills, db)
    }

    static func deleteChildRows(of id: String, _ db: Database) throws {
        try StudentGradeRow.filter(StudentGradeRow.Columns.studentID == id).deleteAll(db)
        try StudentSkillRow.filter(StudentSkillRow.Columns.studentID == id).deleteAll(db)
    }
}

extension StudentRow {
    /// - Parameters:
    ///   - grades: this student's grade rows.
    ///   - skills: this student's skill rows, in the order they are to be listed.
    func student(grades: [StudentGradeRow], skills: [StudentSkillRow]) -> Student {
        let stage: Stage = switch self.stage {
        case "school": .school(grade: year ?? 0)
        case "college": .college(course: year ?? 0)
        default: .graduate
        }
        let interests: [RIASEC: Double] = [.realistic: interestR, .investigative: interestI, .artistic: interestA,
                                           .social: interestS, .enterprising: interestE, .conventional: interestC]
        return Student(
            id: id, stage: stage, regionID: regionID, town: town, settlement: Settlement(rawValue: settlement)!,
            relocation: Relocation(rawValue: relocation)!, birthYear: birthYear, guardianConsent: guardianConsent,
            specialtyID: specialtyID, collegeID: collegeID,
            grades: Dictionary(uniqueKeysWithValues: grades.map { ($0.subjectID, $0.grade) }),
            interests: InterestScores(interests),
            skills: skills.map { StudentSkill(skillID: $0.skillID, level: $0.level, evidence: StudentSkill.Evidence(rawValue: $0.evidence)!) },
            languages: languages.split(separator: ";").compactMap { Language(rawValue: String($0)) },
            schoolLanguage: Language(rawValue: schoolLanguage)!, sex: sex.flatMap(Sex.init), schoolID: schoolID, className: className)
    }
}
