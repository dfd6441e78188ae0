import GRDB

extension MatchDatabase {
    /// The whole catalogue (everything but students).
    public func catalogue() throws -> Catalogue {
        try writer.read { db in try Self.catalogue(db) }
    }

    static func catalogue(_ db: Database) throws -> Catalogue {
        func text(_ row: Row, _ base: String) -> LocalizedText {
            LocalizedText(kk: row["\(base)_kk"], ru: row["\(base)_ru"], en: row["\(base)_en"])
        }
        func grouped(_ sql: String) throws -> [String: [Row]] {
            Dictionary(grouping: try Row.fetchAll(db, sql: sql), by: { $0[0] as String })
        }
        func list(_ text: String) -> [String] { text.isEmpty ? [] : text.components(separatedBy: ";") }

        let skills = try Row.fetchAll(db, sql: "SELECT * FROM skill ORDER BY id").map { row in
            var synonyms: [Language: [String]] = [:]
            for language in Language.allCases {
                let names = list(row["synonyms_\(language.rawValue)"])
                if !names.isEmpty { synonyms[language] = names }
            }
            return Skill(id: row["id"], group: Skill.Group(rawValue: row["grp"])!, label: text(row, "label"), synonyms: synonyms)
        }
        let taxonomy = try Taxonomy(skills)
        let subjects = try Row.fetchAll(db, sql: "SELECT * FROM subject ORDER BY id").map { Subject(id: $0["id"], name: text($0, "name")) }
        let regions = try Row.fetchAll(db, sql: "SELECT * FROM region ORDER BY id").map {
            Region(id: $0["id"], name: text($0, "name"), centre: $0["centre"], population: $0["population"], populationAsOf: $0["population_as_of"])
        }
        let keySubjects = try grouped("SELECT specialty_id, subject_id FROM specialty_subject ORDER BY specialty_id, position")
        let specialtySkills = try grouped("SELECT specialty_id, skill_id, level FROM specialty_skill ORDER BY specialty_id, skill_id")
        let specialties = try Row.fetchAll(db, sql: "SELECT * FROM specialty ORDER BY id").map { row in
            let id: String = row["id"]
            return Specialty(
                id: id, code: row["code"], confirmed: row["confirmed"], name: text(row, "name"),
                qualifications: list(row["qualifications"]),
                interestCode: (row["riasec"] as String).compactMap { RIASEC(rawValue: String($0)) },
                keySubjects: (keySubjects[id] ?? []).map { $0[1] },
                skills: (specialtySkills[id] ?? []).map { SkillLevel(skillID: $0[1], level: $0[2]) },
                note: row["note"])
        }
        let offerings = try grouped("SELECT college_id, specialty_id, seats FROM college_specialty ORDER BY college_id, specialty_id")
        let colleges = try Row.fetchAll(db, sql: "SELECT * FROM college ORDER BY id").map { row in
            let id: String = row["id"]
            return College(id: id, name: text(row, "name"), regionID: row["region_id"], town: row["town"],
                           offerings: (offerings[id] ?? []).map { .init(specialtyID: $0[1], seatsPerYear: $0[2]) }, note: row["note"])
        }
        let enterprises = try Row.fetchAll(db, sql: "SELECT * FROM enterprise ORDER BY id").map {
            Enterprise(id: $0["id"], name: text($0, "name"), regionID: $0["region_id"], town: $0["town"], sector: $0["sector"], note: $0["note"])
        }
        let accepted = try grouped("SELECT vacancy_id, specialty_id FROM vacancy_specialty ORDER BY vacancy_id, position")
        let requirements = try grouped("SELECT vacancy_id, skill_id, level, importance, must_have FROM vacancy_requirement ORDER BY vacancy_id, skill_id")
        let vacancies = try Row.fetchAll(db, sql: "SELECT * FROM vacancy ORDER BY id").map { row in
            let id: String = row["id"]
            return Vacancy(
                id: id, enterpriseID: row["enterprise_id"], title: text(row, "title"), kind: Vacancy.Kind(rawValue: row["kind"])!,
                regionID: row["region_id"], headcount: row["headcount"], minimumAge: row["min_age"],
                specialtyIDs: (accepted[id] ?? []).map { $0[1] },
                requirements: (requirements[id] ?? []).map { Requirement(skillID: $0[1], level: $0[2], importance: $0[3], mustHave: $0[4]) })
        }
        return Catalogue(taxonomy: taxonomy, subjects: subjects, regions: regions, specialties: specialties,
                         colleges: colleges, enterprises: enterprises, vacancies: vacancies)
    }
}
