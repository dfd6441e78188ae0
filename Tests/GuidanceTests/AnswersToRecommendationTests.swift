import Foundation
import Testing
import Profiles
@testable import Guidance
import Localization
import Matcher
import TestSupport

/// The must-show, end to end: a class's file and its answer sheets imported together, and each pupil's
/// recommendation computed from the interests their answers gave (nothing else tells the pupils apart).
@Suite("An imported answer sheet leads to the recommendation")
struct AnswersToRecommendationTests {
    @Test func aRealisticSheetGivesRCodedSpecialtiesAndASocialOneHotelFoodServiceAndTourism() throws {
        // Given the shipped catalogue and no students
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: 0, referenceYear: Fixtures.referenceYear).build(into: database)
        let engine = MatchEngine(store: database)
        let bank = try ItemBank.load(from: Fixtures.shippedData)
        // and two pupils of grade 9 in Karaganda alike in everything, with the same (flat) interests on record
        let grades = try engine.snapshot().catalogue.subjects.map { "\($0.id):4" }.joined(separator: ";")
        let students = ["id,stage,year,region,town,settlement,relocation,birth_year,guardian_consent,grades,interests,languages,school_language"]
            + ["pupil-r", "pupil-s"].map { "\($0),school,9,karaganda,Karaganda,urban,country,2011,yes,\(grades),R:0.5;I:0.5;A:0.5;S:0.5;E:0.5;C:0.5,ru;kk,ru" }
        // and their answer sheets: one likes realistic work, the other social and enterprising work
        let marks: [String: [RIASEC: Int]] = [
            "pupil-r": [.realistic: 5, .investigative: 3, .artistic: 1, .social: 2, .enterprising: 2, .conventional: 3],
            "pupil-s": [.realistic: 1, .investigative: 2, .artistic: 3, .social: 5, .enterprising: 4, .conventional: 2],
        ]
        let sheets = [(["student", "form", "language"] + bank.items.map(\.id)).joined(separator: ",")]
            + marks.keys.sorted().map { id in ([id, "full", "ru"] + bank.items.map { String(marks[id]![$0.type]!) }).joined(separator: ",") }
        let folder = try Fixtures.temporaryDirectory()
        let studentsFile = folder.appendingPathComponent("students.csv"), answersFile = folder.appendingPathComponent("answers.csv")
        try Data(students.joined(separator: "\n").utf8).write(to: studentsFile)
        try Data(sheets.joined(separator: "\n").utf8).write(to: answersFile)

        // When both files are imported at once
        var options = Importer.Options(itemBank: bank)
        options.referenceYear = Fixtures.referenceYear
        let report = try engine.importRecords(ImportRequest(files: [answersFile.path, studentsFile.path], options: options))
        #expect(report.files.map(\.kind) == [.students, .answers] && report.problems.isEmpty)

        // Then the answers became the interests
        let snapshot = try engine.snapshot()
        #expect(try snapshot.student("pupil-r").interests[.realistic] == 1)
        #expect(try snapshot.student("pupil-s").interests[.social] == 1)
        // and the realistic pupil's best three specialties are realistic ones (Holland code starting R)
        let specialties = Dictionary(uniqueKeysWithValues: snapshot.catalogue.specialties.map { ($0.id, $0) })
        func top(_ id: String) throws -> [String] {
            guard case .specialties(let list) = try engine.recommend(RecommendationRequest(studentID: id, top: 3, referenceYear: Fixtures.referenceYear)) else {
                Issue.record("\(id) got vacancies")
                return []
            }
            return list.items.map(\.specialtyID)
        }
        let realistic = try top("pupil-r")
        #expect(realistic.count == 3)
        #expect(realistic.allSatisfy { specialties[$0]?.interestCode.first == .realistic }, "\(realistic)")
        // and the social pupil's are hotel business, food service and tourism
        let social = try top("pupil-s")
        #expect(Set(social) == ["10130100", "10130200", "10150100"], "\(social)")
        // and the result page says so in the pupil's language
        let page = try engine.pupilResult(PupilResultRequest(studentID: "pupil-s", language: .kk))
        #expect(page.specialties.map(\.specialtyID) == social)
        #expect(page.questionnaire?.form == .full && page.questionnaire?.flags == [])
    }
}
