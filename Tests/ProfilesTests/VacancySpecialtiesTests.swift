import Foundation
import Testing
@testable import Profiles
import TestSupport

/// A vacancy's `specialties` is an ordered list: the first is the one its Holland code comes from.
@Suite("Vacancy specialties: listed order kept, each listed once")
struct VacancySpecialtiesTests {
    static let header = "id,enterprise,title_kk,title_ru,title_en,kind,region,headcount,min_age,specialties,requirements"

    /// A welder's job at the fixture's Saran plant accepting `specialties` (a `;`-separated cell).
    static func vacancyRow(_ id: String, specialties: String) -> String {
        "\(id),saran-tyres,Дәнекерлеуші,Сварщик,Welder,job,karaganda,2,18,\(specialties),mma-welding:3:3"
    }

    func importer(_ database: MatchDatabase) -> Importer {
        var options = Importer.Options()
        options.referenceYear = Fixtures.referenceYear
        return Importer(database: database, options: options)
    }

    @Test("the store returns a vacancy's specialties in the order they were listed, not in id order")
    func listedOrderIsKept() throws {
        // Given a vacancy listing the specialty with the higher id first
        let database = try Fixtures.database()
        let file = try Fixtures.file("vacancies.csv", Self.header + "\n" + Self.vacancyRow("v-order", specialties: "x-tyre-production;07150500;06130100") + "\n")
        // When it is imported and read back
        _ = try importer(database).run([file])
        let vacancy = try #require(try database.catalogue().vacancies.first { $0.id == "v-order" })
        // Then the order is the listed one
        #expect(vacancy.specialtyIDs == ["x-tyre-production", "07150500", "06130100"])
    }

    @Test("a database made before the order was stored migrates, and importing the file again restores the order")
    func anExistingDatabaseMigrates() throws {
        // Given a database file whose vacancy_specialty table has the shape it had before (no position)
        let path = try Fixtures.temporaryDirectory().appendingPathComponent("old.sqlite").path
        do {
            let database = try MatchDatabase(path: path)
            try CatalogueBuilder(dataDirectory: Fixtures.catalogue, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
            _ = try importer(database).run([try Fixtures.file("vacancies.csv", Self.header + "\n" + Self.vacancyRow("v-order", specialties: "x-tyre-production;07150500") + "\n")])
            try database.executeForTesting("""
                PRAGMA foreign_keys = OFF;
                CREATE TABLE old_vacancy_specialty (
                  vacancy_id TEXT NOT NULL REFERENCES vacancy(id) ON DELETE CASCADE,
                  specialty_id TEXT NOT NULL REFERENCES specialty(id),
                  PRIMARY KEY (vacancy_id, specialty_id));
                INSERT INTO old_vacancy_specialty SELECT vacancy_id, specialty_id FROM vacancy_specialty;
                DROP TABLE vacancy_specialty;
                ALTER TABLE old_vacancy_specialty RENAME TO vacancy_specialty;
                DELETE FROM grdb_migrations WHERE identifier NOT IN ('v1: catalogue and students', 'v2: pseudonym key', 'v4: student town',
                                                                  'v5: student audit tokens', 'v6: questionnaire answers',
                                                                  'v7: schools, classes and web accounts');
                PRAGMA foreign_keys = ON;
                """)
        }
        // When it is opened again
        let database = try MatchDatabase(path: path)
        // Then it has migrated: every specialty is still there (in id order, the only order it knew) …
        let migrated = try #require(try database.catalogue().vacancies.first { $0.id == "v-order" })
        #expect(migrated.specialtyIDs == ["07150500", "x-tyre-production"])
        #expect(try database.hasCompletedMigrations())
        // … and importing the same file again rewrites the vacancy in its listed order
        let report = try importer(database).run([try Fixtures.file("vacancies.csv", Self.header + "\n" + Self.vacancyRow("v-order", specialties: "x-tyre-production;07150500") + "\n")])
        #expect(report.files[0].changed == 1)
        let restored = try #require(try database.catalogue().vacancies.first { $0.id == "v-order" })
        #expect(restored.specialtyIDs == ["x-tyre-production", "07150500"])
    }

    @Test("a specialty listed twice in one vacancy is an import problem, not a database error")
    func aSpecialtyListedTwiceIsAProblem() throws {
        let database = try Fixtures.database()
        let file = try Fixtures.file("vacancies.csv", Self.header + "\n" + Self.vacancyRow("v-twice", specialties: "07150500;07150500") + "\n")
        let failure = #expect(throws: ImportFailure.self) { try importer(database).run([file]) }
        #expect(failure?.problems.map(\.field) == ["specialties"], "\(failure?.problems ?? [])")
        #expect(failure?.problems.first?.line == 2 && failure?.problems.first?.value == "07150500")
    }
}
