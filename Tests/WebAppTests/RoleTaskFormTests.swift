import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Profiles
import Testing
@testable import WebApp

/// The forms added for the pupil's grades, the department's allocation runs and the counsellor's view of a pupil.
@Suite struct RoleTaskFormTests {
    /// The headers with English chosen (the `match_lang` cookie).
    static func inEnglish(_ headers: HTTPFields) -> HTTPFields {
        var headers = headers
        headers[.cookie] = (headers[.cookie] ?? "") + "; match_lang=en"
        return headers
    }

    @Test func aPupilEntersGradesAProblemComesBackInThePagesLanguageAndNothingIsStored() async throws {
        let fixture = try await WebFixture()
        let pupil = fixture.ownPupil
        let subjects = try fixture.engine.snapshot().catalogue.subjects
        try #require(subjects.count >= 2)
        let (first, second) = (subjects[0], subjects[1])
        let newFirst = pupil.grades[first.id] == 5 ? 4 : 5
        let english = Self.inEnglish(fixture.headers(.pupil, extra: WebFixture.formHeaders))
        try await fixture.app().test(.router) { client in
            // The page lists every subject with a choice 1-5
            let page = try await client.execute(uri: "/pupil", method: .get, headers: fixture.headers(.pupil))
            for subject in subjects { #expect(page.text.contains(#"name="grade-\#(subject.id)""#)) }
            // When one field holds no grade, the page comes back with the reason in English and nothing is stored
            let refused = try await client.execute(uri: "/pupil/grades", method: .post, headers: english, body: WebFixture.form([
                ("csrf", fixture.csrf(.pupil)), ("grade-" + first.id, String(newFirst)), ("grade-" + second.id, "five")]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Grade in \(second.name[.en])") && refused.text.contains("is not a whole number from 1 to 5"))
            // An out-of-range grade is refused by the same check as `pupil grades`
            let outOfRange = try await client.execute(uri: "/pupil/grades", method: .post, headers: english, body: WebFixture.form([
                ("csrf", fixture.csrf(.pupil)), ("grade-" + first.id, "7")]))
            #expect(outOfRange.status == .unprocessableContent)
            #expect(try fixture.engine.snapshot().student(pupil.id).grades[first.id] == pupil.grades[first.id])
            // When the grades are good they are stored (blanks keep theirs) and the page shows them selected
            let stored = try await client.execute(uri: "/pupil/grades", method: .post, headers: english, body: WebFixture.form([
                ("csrf", fixture.csrf(.pupil)), ("grade-" + first.id, String(newFirst)), ("grade-" + second.id, "")]))
            #expect(stored.status == .seeOther || stored.status == .found)
            let after = try fixture.engine.snapshot().student(pupil.id)
            #expect(after.grades[first.id] == newFirst)
            #expect(after.grades[second.id] == pupil.grades[second.id])
            let again = try await client.execute(uri: "/pupil", method: .get, headers: fixture.headers(.pupil))
            #expect(again.text.contains(#"<option value="\#(newFirst)" selected>"#))
        }
        #expect(try fixture.engine.store.auditLog().contains { $0.command == "web pupil grades" })
    }

    @Test func theDepartmentRunsAnAllocationForItsRegionAndSeesCountsOnly() async throws {
        let fixture = try await WebFixture()
        let students = try fixture.engine.snapshot().students
        try await fixture.app().test(.router) { client in
            let empty = try await client.execute(uri: "/department/allocation", method: .get, headers: fixture.headers(.department))
            #expect(empty.status == .ok)
            #expect(empty.text.contains(#"value="stable""#) && empty.text.contains(#"value="optimal""#))
            for method in ["stable", "optimal"] {
                let run = try await client.execute(uri: "/department/allocation", method: .post, headers: fixture.headers(.department, extra: WebFixture.formHeaders),
                                                   body: WebFixture.form([("csrf", fixture.csrf(.department)), ("method", method)]))
                #expect(run.status == .ok)
                #expect(run.text.contains("run-summary"))
                // Counts only: no student id, no pseudonym
                #expect(!students.contains { run.text.contains($0.id) })
            }
            // The other region's department does not see these runs
            let other = try await client.execute(uri: "/api/v1/department/allocations", method: .get, headers: fixture.headers(.otherDepartment))
            #expect(other.text.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || other.text.filter { !$0.isWhitespace } == "[]")
        }
        let runs = try fixture.engine.regionAllocations("karaganda")
        #expect(runs.map(\.method) == ["optimal", "stable"])
        // The run is the region's: its students for its places
        let region = students.filter { $0.regionID == "karaganda" }.count
        let places = try fixture.engine.snapshot().catalogue.vacancies.filter { $0.regionID == "karaganda" }.reduce(0) { $0 + $1.headcount }
        #expect(runs.allSatisfy { $0.students == region && $0.places == places && ($0.placed ?? 0) + ($0.unplaced ?? 0) == region })
    }

    @Test func theCounsellorsViewOfAPupilIsWordedAboutThePupil() async throws {
        let fixture = try await WebFixture()
        let english = Self.inEnglish(fixture.headers(.counsellor))
        try await fixture.app().test(.router) { client in
            let page = try await client.execute(uri: "/counsellor/pupils/\(fixture.ownPupil.id)", method: .get, headers: english)
            #expect(page.status == .ok)
            #expect(page.text.contains("Specialties recommended for pupil \(fixture.ownPupil.id)"))
            for pupilFacing in ["Matches your interests", "Skills you already have", "Your own skills", "You have not answered"] {
                #expect(!page.text.contains(pupilFacing), "\(pupilFacing)")
            }
        }
    }

    @Test func thePrintedResultHasALanguageSwitchLeftOutWhenPrinted() async throws {
        let fixture = try await WebFixture()
        try await fixture.app().test(.router) { client in
            let page = try await client.execute(uri: "/pupil/print", method: .get, headers: fixture.headers(.pupil))
            #expect(page.status == .ok)
            for code in ["kk", "ru", "en"] { #expect(page.text.contains("href=\"/language/\(code)?back=%2Fpupil%2Fprint\"")) }
            #expect(page.text.contains("@media print{.language-switch{display:none}}"))
        }
    }
}
