import Foundation
import Guidance
import Localization
import Matcher
import Presentation
import Profiles

/// What the state-changing forms and their `/api/v1/` twins do, once for both: each takes what the
/// handler parsed and authorised, calls the use case, and turns a refusal into a `WebError` in the
/// user's language (an import's problems stay an `ImportFailure`, listed by line and field).
extension WebServer {
    // MARK: Pupil

    /// Sets the pupil's grades as `match-cli pupil grades` does (subjects by id or name, 1–5), so the
    /// recommendations are made from them at once.
    func setGrades(_ grades: [GradesRequest.Grade], of studentID: String, by account: Account, words: Words) throws -> PupilInputs {
        guard !grades.isEmpty else { throw WebError.badRequest("grades") }
        let inputs: PupilInputs
        do {
            inputs = try engine.recordGrades(GradesRequest(studentID: studentID, grades: grades, language: words.language))
        } catch let error as GuidanceError {
            throw WebError.unprocessable(words.message(forGuidance: error))
        }
        try engine.recordRun(command: "web pupil grades", parameters: ["account": account.login, "subjects": String(grades.count)],
                             studentIDs: ["student": studentID], output: Data(grades.map { "\($0.subject)=\($0.grade)" }.joined(separator: ",").utf8))
        return inputs
    }

    /// A hobby picked with the skill picker: a self-reported skill at level 2.
    func addHobby(_ skillID: String, of studentID: String) throws {
        guard try engine.snapshot().catalogue.taxonomy.skill(id: skillID) != nil else { throw WebError.badRequest("skill") }
        try engine.store.addSelfReportedSkill(studentID: studentID, skillID: skillID, level: 2)
        engine.refresh()
    }

    /// The pupil accepts (with the contact they share) or declines an invitation of theirs.
    func answerInvitation(_ id: Int64, of studentID: String, accept: Bool, contact: String?, words: Words) throws {
        do {
            try engine.store.answerInvitation(id, byStudent: studentID, accept: accept, contact: contact)
        } catch AccountError.unknownInvitation {
            throw WebError.notFound
        } catch AccountError.invalidContact {
            throw WebError.badRequest(words.webContactToShare)
        } catch AccountError.alreadyAnswered {
            throw WebError.badRequest("")
        }
    }

    // MARK: Counsellor

    /// A counsellor's pupil: one of the school's, else "not found" (as for an unknown id).
    func pupil(_ id: String?, ofSchool school: String) throws -> Student {
        guard let id, let student = try engine.snapshot().students.first(where: { $0.id == id }), student.schoolID == school else {
            throw WebError.notFound
        }
        return student
    }

    /// The guardian's answer, as the counsellor received it on paper.
    func recordConsent(_ consent: Bool, of student: Student, by account: Account) throws {
        try engine.store.recordGuardianConsent(studentID: student.id, consent: consent, recordedBy: account.id)
        engine.refresh()
    }

    /// A class file, checked by the importer as `match-cli import` checks it (every pupil must be at this
    /// school): all rows are stored, or none.
    /// - Throws: `ImportFailure` with each problem's line and field.
    func importClass(_ text: String, fileName: String?, school: String) throws -> Importer.FileSummary? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("match-web-" + SecretToken.make().prefix(16))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(CounsellorController.fileName(fileName))
        try Data(text.utf8).write(to: file)
        var options = Importer.Options(kind: .students)
        options.requiredSchoolID = school
        return try engine.importRecords(ImportRequest(files: [file.path], options: options)).files.first
    }

    // MARK: Employer

    /// One of the enterprise's vacancies, else "not found".
    func vacancy(_ id: String?, ofEnterprise enterprise: String) throws -> Vacancy {
        guard let id, let vacancy = try engine.snapshot().catalogue.vacancies.first(where: { $0.id == id }),
              vacancy.enterpriseID == enterprise else { throw WebError.notFound }
        return vacancy
    }

    /// A new or edited vacancy, checked and stored by the importer as a vacancies file would be.
    /// - Returns: its id (a new one gets the enterprise's id and a random suffix).
    /// - Throws: `ImportFailure` naming each problem's field; `WebError.notFound` for another enterprise's id.
    func saveVacancy(_ form: VacancyForm, enterprise: String) throws -> String {
        var form = form
        let snapshot = try engine.snapshot()
        if let id = form.id {
            // Editing: only one of this enterprise's vacancies.
            _ = try vacancy(id, ofEnterprise: enterprise)
        } else {
            form.id = enterprise + "-" + String(SecretToken.make().prefix(8))
        }
        let region = snapshot.catalogue.enterprises.first { $0.id == enterprise }?.regionID ?? ""
        try form.store(region: region, through: engine)
        return form.id!
    }

    /// Invites a shortlisted candidate, named by the enterprise's pseudonym; inviting twice changes nothing.
    func invite(_ pseudonym: String, to vacancy: Vacancy) throws {
        let list = try engine.shortlists(ShortlistRequest(target: .vacancy(vacancy.id)))[0]
        // Only someone on this shortlist: eligibility has already left out minors without consent.
        guard let student = list.candidates.map(\.0).first(where: { list.pseudonym($0) == pseudonym }) else { throw WebError.notFound }
        do {
            try engine.store.invite(studentID: student.id, pseudonym: pseudonym, toVacancy: vacancy.id)
        } catch AccountError.alreadyInvited {
            // Inviting twice changes nothing.
        }
    }

    // MARK: Department

    /// A run for the department's region (`match-cli assign`'s use case limited to the region), recorded
    /// in the audit log with its counts; the summary holds counts only.
    func runAllocation(_ method: BatchMatch.Method, region: String, by account: Account, language: Language) throws -> AllocationResult.Aggregates {
        let request = AllocationRequest(method: method, regionID: region, language: language)
        let aggregates = try engine.allocate(request).aggregates
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try engine.recordRegionAllocation(request, regionID: region, result: aggregates, account: account.login,
                                          output: try encoder.encode(aggregates))
        return aggregates
    }
}
