import GRDB

extension MatchDatabase {
    /// Schools and pupils' classes; the web app's accounts, sessions, one-time codes, API tokens,
    /// invitations and consent records. Everything about a pupil goes with the pupil (`forget`).
    static func registerWebMigrations(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v7: schools, classes and web accounts") { db in
            try db.create(table: "school") { t in
                t.primaryKey("id", .text)
                for language in Language.allCases { t.column("name_\(language.rawValue)", .text).notNull() }
                t.column("region_id", .text).notNull().indexed().references("region")
                t.column("town", .text).notNull()
                t.column("note", .text)
                t.column("record_hash", .text).notNull()
            }
            // Optional: students stored before have no school. A class is the name its pupils share at a school.
            try db.alter(table: "student") { t in
                t.add(column: "school_id", .text).references("school")
                t.add(column: "class_name", .text)
            }
            try db.create(index: "student_on_school_class", on: "student", columns: ["school_id", "class_name"])
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("login", .text).notNull().unique()
                t.column("password_hash", .text)
                t.column("role", .text).notNull().check(sql: "role IN ('admin','department','counsellor','employer','pupil')")
                t.column("region_id", .text).references("region")
                t.column("school_id", .text).references("school")
                t.column("enterprise_id", .text).references("enterprise")
                t.column("student_id", .text).unique().references("student", onDelete: .cascade)
                t.column("created_at", .datetime).notNull()
                // Exactly the scope the role needs, and a password for everyone but pupils.
                t.check(sql: """
                    (role = 'admin' AND region_id IS NULL AND school_id IS NULL AND enterprise_id IS NULL AND student_id IS NULL AND password_hash IS NOT NULL)
                    OR (role = 'department' AND region_id IS NOT NULL AND school_id IS NULL AND enterprise_id IS NULL AND student_id IS NULL AND password_hash IS NOT NULL)
                    OR (role = 'counsellor' AND school_id IS NOT NULL AND region_id IS NULL AND enterprise_id IS NULL AND student_id IS NULL AND password_hash IS NOT NULL)
                    OR (role = 'employer' AND enterprise_id IS NOT NULL AND region_id IS NULL AND school_id IS NULL AND student_id IS NULL AND password_hash IS NOT NULL)
                    OR (role = 'pupil' AND student_id IS NOT NULL AND region_id IS NULL AND school_id IS NULL AND enterprise_id IS NULL AND password_hash IS NULL)
                    """)
            }
            try db.create(table: "web_session") { t in
                t.primaryKey("token_hash", .text)
                t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
                t.column("csrf_token", .text).notNull()
                t.column("created_at", .datetime).notNull()
                t.column("expires_at", .datetime).notNull()
            }
            try db.create(table: "api_token") { t in
                t.primaryKey("token_hash", .text)
                t.column("account_id", .integer).notNull().indexed().references("account", onDelete: .cascade)
                t.column("label", .text).notNull()
                t.column("created_at", .datetime).notNull()
            }
            try db.create(table: "sign_in_code") { t in
                t.primaryKey("code_hash", .text)
                t.column("student_id", .text).notNull().indexed().references("student", onDelete: .cascade)
                t.column("created_at", .datetime).notNull()
                t.column("expires_at", .datetime).notNull()
                t.column("used_at", .datetime)
            }
            try db.create(table: "invitation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("vacancy_id", .text).notNull().indexed().references("vacancy", onDelete: .cascade)
                t.column("student_id", .text).notNull().indexed().references("student", onDelete: .cascade)
                t.column("pseudonym", .text).notNull()
                t.column("status", .text).notNull().check(sql: "status IN ('pending','accepted','declined')")
                t.column("contact", .text).check(sql: "(status = 'accepted') = (contact IS NOT NULL)")
                t.column("created_at", .datetime).notNull()
                t.column("answered_at", .datetime)
                t.uniqueKey(["vacancy_id", "student_id"])
            }
            try db.create(table: "guardian_consent_record") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("student_id", .text).notNull().indexed().references("student", onDelete: .cascade)
                t.column("consent", .boolean).notNull()
                t.column("recorded_by", .integer).notNull().references("account")
                t.column("recorded_at", .datetime).notNull()
            }
        }
    }
}
