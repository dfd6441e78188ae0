import Foundation
import Testing
@testable import Profiles
import TestSupport

/// Fails when the shipped `Data/` breaks: every file imports with zero problems, every reference
/// resolves (the store's foreign keys and the importer's checks), and what the product promises is there.
@Suite("The shipped Data/ catalogue")
struct ShippedCatalogueTests {
    let catalogue: Catalogue

    init() throws {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        let dangling = try database.foreignKeyViolations()
        #expect(dangling.isEmpty, "\(dangling)")
        catalogue = try database.catalogue()
    }

    @Test func holdsWhatTheProductPromises() {
        #expect(catalogue.taxonomy.skills.count >= 300)
        #expect(catalogue.regions.count == 20)
        #expect(catalogue.specialties.count >= 50)
        #expect(catalogue.enterprises.count >= 40)
        #expect(catalogue.vacancies.count >= 200)
        #expect(Set(catalogue.vacancies.map(\.kind)) == Set(Vacancy.Kind.allCases))
        for region in catalogue.regions {
            #expect(catalogue.colleges.contains { $0.regionID == region.id }, "no college in \(region.id)")
            #expect(catalogue.enterprises.contains { $0.regionID == region.id }, "no enterprise in \(region.id)")
        }
        for id in ["tengri-tyres", "silk-road-electronics", "donskoy-gok"] {
            #expect(catalogue.enterprises.contains { $0.id == id }, "\(id) missing")
        }
        #expect(catalogue.colleges.contains { $0.id == "khromtau-mining-college" && $0.regionID == "aktobe" })
    }

    @Test func specialtyCodesAreRealOrMarkedUnconfirmed() {
        for specialty in catalogue.specialties {
            if let code = specialty.code {
                #expect(specialty.id == code && code.count == 8 && code.allSatisfy(\.isNumber))
            } else {
                #expect(specialty.id.hasPrefix("x-") && !specialty.confirmed, "\(specialty.id) has no code but is not marked unconfirmed")
            }
        }
    }

    @Test func everySkillHasThreeLabelsAndHazardousWorkIsForAdults() {
        for skill in catalogue.taxonomy.skills {
            #expect(!skill.label.kk.isEmpty && !skill.label.ru.isEmpty && !skill.label.en.isEmpty)
        }
        let hazardous = ["underground", "blasting", "vulcan", "curing", "high-voltage", "smelt"]
        for vacancy in catalogue.vacancies where vacancy.requirements.contains(where: { req in hazardous.contains { req.skillID.contains($0) } }) {
            #expect(vacancy.minimumAge >= 18, "\(vacancy.id) involves hazardous work but admits under-18s")
        }
    }
}
