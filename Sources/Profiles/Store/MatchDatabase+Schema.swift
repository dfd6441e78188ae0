import Foundation
import GRDB

extension MatchDatabase {
    /// Named, append-only migrations: never edit one that has shipped; add another.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: catalogue and students") { db in
            func names(_ t: TableDefinition, _ base: String) {
                for language in Language.allCases { t.column("\(base)_\(language.rawValue)", .text).notNull() }
            }
            try db.create(table: "skill") { t in
                t.primaryKey("id", .text)
                t.column("grp", .text).notNull().check(sql: "grp IN ('technical','knowledge','transversal','language')")
                names(t, "label")
                for language in Language.allCases { t.column("synonyms_\(language.rawValue)", .text).notNull().defaults(to: "") }
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "subject") { t in
                t.primaryKey("id", .text)
                names(t, "name")
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "region") { t in
                t.primaryKey("id", .text)
                names(t, "name")
                t.column("centre", .text)
                t.column("population", .integer).check { $0 > 0 }
                t.column("population_as_of", .text)
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "specialty") { t in
                t.primaryKey("id", .text)
                t.column("code", .text).unique().check(sql: "code IS NULL OR (length(code) = 8 AND code NOT GLOB '*[^0-9]*')")
                t.column("confirmed", .boolean).notNull()
                names(t, "name")
                t.column("qualifications", .text).notNull()
                t.column("riasec", .text).notNull()
                t.column("note", .text)
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "specialty_subject") { t in
                t.column("specialty_id", .text).notNull().references("specialty", onDelete: .cascade)
                t.column("subject_id", .text).notNull().references("subject")
                t.column("position", .integer).notNull()
                t.primaryKey(["specialty_id", "subject_id"])
            }
            try db.create(table: "specialty_skill") { t in
                t.column("specialty_id", .text).notNull().references("specialty", onDelete: .cascade)
                t.column("skill_id", .text).notNull().references("skill")
                t.column("level", .integer).notNull().check { $0 >= 1 && $0 <= 5 }
                t.primaryKey(["specialty_id", "skill_id"])
            }
            try db.create(table: "college") { t in
                t.primaryKey("id", .text)
                names(t, "name")
                t.column("region_id", .text).notNull().indexed().references("region")
                t.column("town", .text).notNull()
                t.column("note", .text)
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "college_specialty") { t in
                t.column("college_id", .text).notNull().references("college", onDelete: .cascade)
                t.column("specialty_id", .text).notNull().indexed().references("specialty")
                t.column("seats", .integer).notNull().check { $0 > 0 }
                t.primaryKey(["college_id", "specialty_id"])
            }
            try db.create(table: "enterprise") { t in
                t.primaryKey("id", .text)
                names(t, "name")
                t.column("region_id", .text).notNull().indexed().references("region")
                t.column("town", .text).notNull()
                t.column("sector", .text).notNull()
                t.column("note", .text)
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "vacancy") { t in
                t.primaryKey("id", .text)
                t.column("enterprise_id", .text).notNull().indexed().references("enterprise")
                names(t, "title")
                t.column("kind", .text).notNull().check(sql: "kind IN ('job','internship','dual')")
                t.column("region_id", .text).notNull().indexed().references("region")
                t.column("headcount", .integer).notNull().check { $0 >= 1 }
                t.column("min_age", .integer).notNull().check { $0 >= 14 && $0 <= 70 }
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "vacancy_specialty") { t in
                t.column("vacancy_id", .text).notNull().references("vacancy", onDelete: .cascade)
                t.column("specialty_id", .text).notNull().indexed().references("specialty")
                t.primaryKey(["vacancy_id", "specialty_id"])
            }
            try db.create(table: "vacancy_requirement") { t in
                t.column("vacancy_id", .text).notNull().references("vacancy", onDelete: .cascade)
                t.column("skill_id", .text).notNull().references("skill")
                t.column("level", .integer).notNull().check { $0 >= 1 && $0 <= 5 }
                t.column("importance", .integer).notNull().check { $0 >= 1 && $0 <= 3 }
                t.column("must_have", .boolean).notNull()
                t.primaryKey(["vacancy_id", "skill_id"])
            }
            try db.create(table: "student") { t in
                t.primaryKey("id", .text)
                t.column("stage", .text).notNull().check(sql: "stage IN ('school','college','graduate')")
                t.column("year", .integer).check(sql: "year BETWEEN 1 AND 11")
                t.column("region_id", .text).notNull().indexed().references("region")
                t.column("settlement", .text).notNull().check(sql: "settlement IN ('urban','rural')")
                t.column("relocation", .text).notNull().check(sql: "relocation IN ('none','region','country')")
                t.column("birth_year", .integer).notNull()
                t.column("guardian_consent", .boolean)
                t.column("specialty_id", .text).indexed().references("specialty")
                t.column("college_id", .text).indexed().references("college")
                for letter in RIASEC.allCases {
                    t.column("interest_\(letter.rawValue.lowercased())", .double).notNull().check(sql: "interest_\(letter.rawValue.lowercased()) BETWEEN 0 AND 1")
                }
                t.column("languages", .text).notNull()
                t.column("school_language", .text).notNull().check(sql: "school_language IN ('kk','ru','en')")
                t.column("sex", .text).check(sql: "sex IS NULL OR sex IN ('female','male')")
                t.column("record_hash", .text).notNull()
            }
            try db.create(table: "student_grade") { t in
                t.column("student_id", .text).notNull().references("student", onDelete: .cascade)
                t.column("subject_id", .text).notNull().references("subject")
                t.column("grade", .integer).notNull().check { $0 >= 1 && $0 <= 5 }
                t.primaryKey(["student_id", "subject_id"])
            }
            try db.create(table: "student_skill") { t in
                t.column("student_id", .text).notNull().references("student", onDelete: .cascade)
                t.column("skill_id", .text).notNull().references("skill")
                t.column("level", .integer).notNull().check { $0 >= 1 && $0 <= 5 }
                t.column("evidence", .text).notNull().check(sql: "evidence IN ('self','course','certificate','internship','competition')")
                t.primaryKey(["student_id", "skill_id"])
            }
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v2: pseudonym key") { db in
            // Made once here, so no later command has to write to get it.
            try db.execute(sql: "INSERT OR IGNORE INTO meta (key, value) VALUES ('pseudonym_key', ?)",
                           arguments: [Pseudonyms.newKey().map { String(format: "%02x", $0) }.joined()])
        }
        migrator.registerMigration("v3: vacancy specialty order") { db in
            // A vacancy's first listed specialty gives its Holland code, so the listed order is kept. Rows
            // stored before get id order (the order they were read in), and their vacancies' record hashes
            // are cleared so that importing the file again rewrites them in the listed order.
            try db.create(table: "new_vacancy_specialty") { t in
                t.column("vacancy_id", .text).notNull().references("vacancy", onDelete: .cascade)
                t.column("specialty_id", .text).notNull().references("specialty")
                t.column("position", .integer).notNull().check { $0 >= 0 }
                t.primaryKey(["vacancy_id", "specialty_id"])
                t.uniqueKey(["vacancy_id", "position"])
            }
            try db.execute(sql: """
                INSERT INTO new_vacancy_specialty (vacancy_id, specialty_id, position)
                SELECT vacancy_id, specialty_id, row_number() OVER (PARTITION BY vacancy_id ORDER BY specialty_id) - 1
                FROM vacancy_specialty;
                UPDATE vacancy SET record_hash = '' WHERE id IN
                    (SELECT vacancy_id FROM vacancy_specialty GROUP BY vacancy_id HAVING count(*) > 1);
                DROP TABLE vacancy_specialty;
                ALTER TABLE new_vacancy_specialty RENAME TO vacancy_specialty;
                CREATE INDEX vacancy_specialty_on_specialty_id ON vacancy_specialty(specialty_id);
                """)
        }
        migrator.registerMigration("v4: student town") { db in
            // Optional: students stored before keep no town, which means "own region" for those who will not move.
            try db.alter(table: "student") { t in t.add(column: "town", .text) }
        }
        registerAuditTokenMigration(&migrator)
        migrator.registerMigration("v6: questionnaire answers") { db in
            // A pupil's latest answers, raw, so a later item bank can rescore them; forgotten with the pupil.
            try db.create(table: "questionnaire_answer") { t in
                t.primaryKey("student_id", .text).references("student", onDelete: .cascade)
                t.column("bank_version", .text).notNull()
                t.column("form", .text).notNull().check(sql: "form IN ('full','short')")
                t.column("language", .text).notNull().check(sql: "language IN ('kk','ru','en')")
                t.column("responses", .text).notNull()
                t.column("seconds", .text).notNull()
                t.column("flags", .text).notNull()
                t.column("answered_at", .text).notNull()
            }
        }
        registerWebMigrations(&migrator)
        return migrator
    }
}
