import Foundation
import Guidance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Localization
import Profiles
import Testing
@testable import WebApp

/// Each role's main task through its pages, as a browser would send the forms.
@Suite struct RoleTaskTests {
    @Test func anEmployersResponsesNeverHoldAStudentIDBirthYearOrGrades() async throws {
        // Given an employer with a shortlist and an invitation
        let fixture = try await WebFixture()
        let students = try fixture.engine.snapshot().students
        let bodies = try await fixture.app().test(.router) { client in
            var bodies: [String] = []
            let shortlist = try await client.execute(uri: "/employer/vacancies/saran-welder", method: .get, headers: fixture.headers(.employer))
            let candidate = try #require(shortlist.text.firstMatch(of: /name="candidate" value="([^"]+)"/)?.1)
            _ = try await client.execute(uri: "/employer/vacancies/saran-welder/invite", method: .post,
                                         headers: fixture.headers(.employer, extra: WebFixture.formHeaders),
                                         body: WebFixture.form([("csrf", fixture.csrf(.employer)), ("candidate", String(candidate))]))
            for uri in ["/employer", "/employer/vacancies/saran-welder", "/employer/vacancies/saran-welder/edit", "/employer/invitations",
                        "/employer/allocation", "/api/v1/employer/vacancies", "/api/v1/employer/vacancies/saran-welder/shortlist",
                        "/api/v1/employer/invitations"] {
                let response = try await client.execute(uri: uri, method: .get, headers: fixture.headers(.employer))
                #expect(response.status == .ok, "\(uri)")
                bodies.append(response.text)
            }
            return bodies
        }
        // Then no student id appears anywhere, and the JSON has no field for a birth year, grades, sex or school
        let all = bodies.joined(separator: "\n")
        #expect(!students.contains { all.contains($0.id) })
        #expect(all.firstMatch(of: /st-[0-9a-z]+-[0-9]{7}/) == nil)
        for field in ["birthYear", "birth_year", "grades", "interests", "\"sex\"", "schoolID", "guardianConsent", "score"] {
            #expect(!all.contains(field), "\(field)")
        }
        #expect(try fixture.engine.store.invitations(ofEnterprise: "saran-tyres").count == 1)
    }

    @Test func aCounsellorImportsAClassWithABadRowThenAGoodOne() async throws {
        let fixture = try await WebFixture()
        let header = (Student.csvColumns + Student.schoolColumns).joined(separator: ",")
        let good = "web-9a-01,school,9,karaganda,Saran,urban,none,2011,yes,,,math:5;physics:4,R:0.8;I:0.6;A:0.2;S:0.3;E:0.4;C:0.5,,kk;ru,kk,female,\(WebFixture.ownSchool),9A"
        let bad = "web-9a-02,school,9,karaganda,Saran,urban,none,2011,yes,,,math:7,R:0.8;I:0.6;A:0.2;S:0.3;E:0.4;C:0.5,,kk;ru,kk,male,\(WebFixture.ownSchool),9A"
        let otherSchool = "web-9a-03,school,9,karaganda,Saran,urban,none,2011,yes,,,math:4,R:0.8;I:0.6;A:0.2;S:0.3;E:0.4;C:0.5,,kk;ru,kk,male,\(WebFixture.otherSchool),9A"
        try await fixture.app().test(.router) { client in
            func upload(_ text: String) async throws -> TestResponse {
                try await client.execute(uri: "/counsellor/import", method: .post, headers: fixture.headers(.counsellor, extra: WebFixture.formHeaders),
                                         body: WebFixture.form([("csrf", fixture.csrf(.counsellor)), ("filename", "9a.csv"), ("csv", text)]))
            }
            // When a file with one bad row is uploaded
            let refused = try await upload([header, good, bad, otherSchool].joined(separator: "\n"))
            // Then each problem names its line, and nothing is stored
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("9a.csv:3"))
            #expect(refused.text.contains("9a.csv:4"))
            #expect(try fixture.engine.store.student(id: "web-9a-01") == nil)
            // When the clean file is uploaded, it is stored and the class appears
            let stored = try await upload([header, good].joined(separator: "\n"))
            #expect(stored.status == .ok)
            #expect(try fixture.engine.store.student(id: "web-9a-01")?.className == "9A")
            let list = try await client.execute(uri: "/counsellor/classes/9A", method: .get, headers: fixture.headers(.counsellor))
            #expect(list.text.contains("web-9a-01"))
            // And another school's counsellor sees neither the pupil nor the class
            let other = try await client.execute(uri: "/counsellor/pupils/web-9a-01", method: .get, headers: fixture.headers(.otherCounsellor))
            #expect(other.status == .notFound)
        }
    }

    @Test func aPupilAnswersTheQuestionnaireAndSeesRecommendations() async throws {
        let fixture = try await WebFixture()
        let items = fixture.server.bank.presented(.short)
        try await fixture.app().test(.router) { client in
            let page = try await client.execute(uri: "/pupil/questionnaire", method: .get, headers: fixture.headers(.pupil))
            #expect(page.text.contains("name=\"item-\(items[0].id)\""))
            // An incomplete form is refused and nothing is stored
            let incomplete = try await client.execute(uri: "/pupil/questionnaire", method: .post, headers: fixture.headers(.pupil, extra: WebFixture.formHeaders),
                                                      body: WebFixture.form([("csrf", fixture.csrf(.pupil)), ("item-\(items[0].id)", "4")]))
            #expect(incomplete.status == .badRequest)
            #expect(try fixture.engine.store.answers(of: fixture.ownPupil.id) == nil)
            // Realistic answers: the pupil likes the realistic items, not the others
            let fields = [("csrf", fixture.csrf(.pupil))] + items.map { ("item-\($0.id)", $0.type == .realistic ? "4" : "1") }
            let done = try await client.execute(uri: "/pupil/questionnaire", method: .post, headers: fixture.headers(.pupil, extra: WebFixture.formHeaders),
                                                body: WebFixture.form(fields))
            #expect(done.status == .seeOther)
            let stored = try #require(try fixture.engine.store.student(id: fixture.ownPupil.id))
            #expect(stored.interests[.realistic] > stored.interests[.social])
            let recommendations = try await client.execute(uri: "/pupil", method: .get, headers: fixture.headers(.pupil))
            #expect(recommendations.text.contains("class=\"recommendation\""))
        }
    }

    @Test func aPupilWithNoCollegeWithinReachIsToldWhyAndSeesWhereTheWorkIsTaught() async throws {
        let fixture = try await WebFixture()
        // Given the pupil lives in a town of their region where an enterprise is but no college, and would not move
        var pupil = fixture.ownPupil
        let catalogue = try fixture.engine.catalogue()
        pupil.town = try #require(catalogue.enterprises.first { enterprise in
            enterprise.regionID == pupil.regionID
                && !catalogue.colleges.contains { $0.regionID == enterprise.regionID && $0.town == enterprise.town }
        }?.town)
        pupil.relocation = .none
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reach-\(UUID().uuidString).csv").path
        try ((Student.csvColumns + Student.schoolColumns).joined(separator: ",") + "\n"
             + CSVText.line(pupil.csvCellsWithSchool)).write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try fixture.engine.importRecords(ImportRequest(files: [file]))
        try await fixture.app().test(.router) { client in
            // When they open their recommendations, then the page says (in its language) why the list is empty
            let page = try await client.execute(uri: "/pupil", method: .get, headers: fixture.headers(.pupil))
            #expect(page.status == .ok)
            let words = try #require(Language.allCases.map(Words.init).first { page.text.contains($0.nothingWithinReach) })
            #expect(!page.text.contains("class=\"recommendation\""))
            // and the specialties taught out of reach, each under the heading, when work in the region wants them
            #expect(page.text.contains(words.inDemandElsewhereTaught) == page.text.contains("class=\"recommendation out-of-reach\""))
        }
    }

    @Test func anEmployerCreatesAVacancyWithThePickedSkillsAndSeesItsShortlist() async throws {
        let fixture = try await WebFixture()
        try await fixture.app().test(.router) { client in
            // The picker's search finds the skill by a Russian name
            let search = try await client.execute(uri: "/api/v1/skills?q=%D1%81%D0%B2%D0%B0%D1%80%D0%BA%D0%B0", method: .get, headers: fixture.headers(.employer))
            #expect(search.status == .ok)
            let skill = try #require(search.text.firstMatch(of: /"skillID" : "([^"]+)"/)?.1)
            let fields = [("csrf", fixture.csrf(.employer)), ("title_kk", "Дәнекерлеуші"), ("title_ru", "Сварщик"), ("title_en", "Welder"),
                          ("kind", "job"), ("headcount", "3"), ("min_age", "18"), ("skill-0", String(skill)), ("level-0", "2"),
                          ("importance-0", "3"), ("must-0", "on")]
            let created = try await client.execute(uri: "/employer/vacancies", method: .post, headers: fixture.headers(.employer, extra: WebFixture.formHeaders),
                                                   body: WebFixture.form(fields))
            #expect(created.status == .seeOther)
            let location = try #require(created.headers[.location])
            let id = String(location.dropFirst("/employer/vacancies/".count))
            let vacancy = try #require(try fixture.engine.snapshot().catalogue.vacancies.first { $0.id == id })
            #expect(vacancy.enterpriseID == "saran-tyres" && vacancy.regionID == "karaganda")
            #expect(vacancy.requirements.map(\.skillID) == [String(skill)] && vacancy.requirements[0].mustHave)
            let shortlist = try await client.execute(uri: location, method: .get, headers: fixture.headers(.employer))
            #expect(shortlist.status == .ok)
            #expect(shortlist.text.contains("class=\"shortlist\""))
            // A level out of range is refused with the field named, and nothing is stored
            var badFields = fields
            badFields[8] = ("level-0", "9")
            let refused = try await client.execute(uri: "/employer/vacancies", method: .post, headers: fixture.headers(.employer, extra: WebFixture.formHeaders),
                                                   body: WebFixture.form(badFields))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("requirements"))
            #expect(try fixture.engine.snapshot().catalogue.vacancies.filter { $0.enterpriseID == "saran-tyres" }.count == 3)
        }
    }

    @Test func pagesAreInTheChosenLanguageWhichIsRemembered() async throws {
        let fixture = try await WebFixture()
        try await fixture.app().test(.router) { client in
            let choose = try await client.execute(uri: "/language/kk?back=/counsellor", method: .get, headers: fixture.headers(.counsellor))
            #expect(choose.status == .found && choose.headers[.location] == "/counsellor")
            #expect(choose.headers[.setCookie]?.contains("match_lang=kk") == true)
            var headers = fixture.headers(.counsellor)
            headers[.cookie] = headers[.cookie]! + "; match_lang=kk"
            let kazakh = try await client.execute(uri: "/counsellor", method: .get, headers: headers)
            #expect(kazakh.text.contains("<html lang=\"kk\">") && kazakh.text.contains("Сыныптар"))
            headers[.cookie] = fixture.headers(.counsellor)[.cookie]! + "; match_lang=ru"
            let russian = try await client.execute(uri: "/counsellor", method: .get, headers: headers)
            #expect(russian.text.contains("Классы"))
            // Only paths of this site are followed back
            let away = try await client.execute(uri: "/language/ru?back=//evil.example", method: .get, headers: fixture.headers(.visitor))
            #expect(away.headers[.location] == "/")
        }
    }
}
