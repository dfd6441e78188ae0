import Foundation
import GRDB

/// How each profile maps onto its tables.
protocol Storable: Encodable {
    var storedRecord: StoredRecord { get }
    /// A fingerprint of the content, compared on re-import to skip unchanged records.
    func contentHash() throws -> String
}

extension Storable {
    func contentHash() throws -> String { try RecordHash.of(self) }
}

extension Student {
    /// Students are the bulk of any import: hash their CSV form, which is canonical and cheap to make.
    func contentHash() throws -> String { RecordHash.fnv1a(Data(csvCells.joined(separator: "\u{1F}").utf8)) }
}

private func names(_ base: String, _ text: LocalizedText) -> ([String], [(any DatabaseValueConvertible)?]) {
    (Language.allCases.map { "\(base)_\($0.rawValue)" }, Language.allCases.map { text[$0] })
}

extension Skill: Storable {
    var storedRecord: StoredRecord {
        let (labelColumns, labels) = names("label", label)
        return StoredRecord(
            table: "skill", id: id,
            columns: ["grp"] + labelColumns + Language.allCases.map { "synonyms_\($0.rawValue)" },
            values: [group.rawValue] + labels + Language.allCases.map { (synonyms[$0] ?? []).joined(separator: ";") })
    }
}

extension Subject: Storable {
    var storedRecord: StoredRecord {
        let (columns, values) = names("name", name)
        return StoredRecord(table: "subject", id: id, columns: columns, values: values)
    }
}

extension Region: Storable {
    var storedRecord: StoredRecord {
        let (columns, values) = names("name", name)
        return StoredRecord(table: "region", id: id, columns: columns + ["centre", "population", "population_as_of"],
                            values: values + [centre, population, populationAsOf])
    }
}

extension Specialty: Storable {
    var storedRecord: StoredRecord {
        let (columns, values) = names("name", name)
        return StoredRecord(
            table: "specialty", id: id,
            columns: ["code", "confirmed"] + columns + ["qualifications", "riasec", "note"],
            values: [code, confirmed] + values + [qualifications.joined(separator: ";"), interestCode.map(\.rawValue).joined(), note],
            children: [
                .init(table: "specialty_subject", columns: ["subject_id", "position"],
                      values: keySubjects.enumerated().map { [$1, $0] }),
                .init(table: "specialty_skill", columns: ["skill_id", "level"], values: skills.map { [$0.skillID, $0.level] }),
            ])
    }
}

extension College: Storable {
    var storedRecord: StoredRecord {
        let (columns, values) = names("name", name)
        return StoredRecord(
            table: "college", id: id, columns: columns + ["region_id", "town", "note"], values: values + [regionID, town, note],
            children: [.init(table: "college_specialty", columns: ["specialty_id", "seats"],
                             values: offerings.map { [$0.specialtyID, $0.seatsPerYear] })])
    }
}

extension Enterprise: Storable {
    var storedRecord: StoredRecord {
        let (columns, values) = names("name", name)
        return StoredRecord(table: "enterprise", id: id, columns: columns + ["region_id", "town", "sector", "note"],
                            values: values + [regionID, town, sector, note])
    }
}

extension Vacancy: Storable {
    var storedRecord: StoredRecord {
        let (columns, values) = names("title", title)
        return StoredRecord(
            table: "vacancy", id: id,
            columns: ["enterprise_id"] + columns + ["kind", "region_id", "headcount", "min_age"],
            values: [enterpriseID] + values + [kind.rawValue, regionID, headcount, minimumAge],
            children: [
                .init(table: "vacancy_specialty", columns: ["specialty_id", "position"],
                      values: specialtyIDs.enumerated().map { [$1, $0] }),
                .init(table: "vacancy_requirement", columns: ["skill_id", "level", "importance", "must_have"],
                      values: requirements.map { [$0.skillID, $0.level, $0.importance, $0.mustHave] }),
            ])
    }
}

extension Student: Storable {
    var storedRecord: StoredRecord {
        StoredRecord(
            table: "student", id: id,
            columns: ["stage", "year", "region_id", "settlement", "relocation", "birth_year", "guardian_consent",
                      "specialty_id", "college_id"] + RIASEC.allCases.map { "interest_\($0.rawValue.lowercased())" }
                + ["languages", "school_language", "sex"],
            values: [stage.name, stage.year, regionID, settlement.rawValue, relocation.rawValue, birthYear, guardianConsent,
                     specialtyID, collegeID] + interests.values.map { $0 }
                + [languages.map(\.rawValue).joined(separator: ";"), schoolLanguage.rawValue, sex?.rawValue],
            children: [
                .init(table: "student_grade", columns: ["subject_id", "grade"], values: grades.keys.sorted().map { [$0, grades[$0]!] }),
                .init(table: "student_skill", columns: ["skill_id", "level", "evidence"],
                      values: skills.map { [$0.skillID, $0.level, $0.evidence.rawValue] }),
            ])
    }
}
