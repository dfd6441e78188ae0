import Foundation
import GRDB

// Employers' invitations to pseudonymous pupils, and guardians' consent as a counsellor records it.

extension MatchDatabase {
    /// Stores an invitation from the vacancy's enterprise to the pupil it knows by `pseudonym`.
    /// The caller has checked that the pupil is on the vacancy's shortlist and visible to employers.
    /// - Throws: `AccountError.alreadyInvited`, `.unknownVacancy`, `.unknownStudent`.
    @discardableResult
    public func invite(studentID: String, pseudonym: String, toVacancy vacancyID: String, at time: Date = Date()) throws -> Invitation {
        try writeWebRecords { db in
            guard let vacancy = try VacancyRow.fetchOne(db, key: vacancyID) else { throw AccountError.unknownVacancy(vacancyID) }
            guard try StudentRow.exists(db, key: studentID) else { throw AccountError.unknownStudent(studentID) }
            let existing = InvitationRow.filter(InvitationRow.Columns.vacancyID == vacancyID && InvitationRow.Columns.studentID == studentID)
            if try existing.fetchCount(db) > 0 { throw AccountError.alreadyInvited }
            var row = InvitationRow(vacancyID: vacancyID, studentID: studentID, pseudonym: pseudonym, status: Invitation.Status.pending.rawValue,
                                    contact: nil, createdAt: time, answeredAt: nil)
            try row.insert(db)
            return row.invitation(enterpriseID: vacancy.enterpriseID)
        }
    }

    /// The invitations an enterprise sent, newest first.
    public func invitations(ofEnterprise enterpriseID: String) throws -> [Invitation] {
        try readWebRecords { db in
            let vacancies = try VacancyRow.filter(VacancyRow.Columns.enterpriseID == enterpriseID).fetchAll(db).map(\.id)
            return try InvitationRow.filter(vacancies.contains(InvitationRow.Columns.vacancyID))
                .order(InvitationRow.Columns.id.desc).fetchAll(db).map { $0.invitation(enterpriseID: enterpriseID) }
        }
    }

    /// The invitations a pupil received, newest first.
    public func invitations(ofStudent studentID: String) throws -> [Invitation] {
        try readWebRecords { db in
            let rows = try InvitationRow.filter(InvitationRow.Columns.studentID == studentID).order(InvitationRow.Columns.id.desc).fetchAll(db)
            return try rows.map { try Self.invitation($0, db) }
        }
    }

    /// The pupil's answer: accepted with the contact they share, or declined.
    /// - Throws: `AccountError.unknownInvitation` (also for another pupil's), `.alreadyAnswered`, `.invalidContact`.
    public func answerInvitation(_ id: Int64, byStudent studentID: String, accept: Bool, contact: String?, at time: Date = Date()) throws {
        let contact = contact?.trimmingCharacters(in: .whitespacesAndNewlines)
        if accept, !Invitation.contactLength.contains(contact?.count ?? 0) { throw AccountError.invalidContact }
        try writeWebRecords { db in
            guard var row = try InvitationRow.fetchOne(db, key: id), row.studentID == studentID else { throw AccountError.unknownInvitation(id) }
            guard row.status == Invitation.Status.pending.rawValue else { throw AccountError.alreadyAnswered }
            row.status = (accept ? Invitation.Status.accepted : .declined).rawValue
            row.contact = accept ? contact : nil
            row.answeredAt = time
            try row.update(db)
        }
    }

    /// Records a guardian's answer on the pupil's profile (what eligibility reads) and who recorded it when,
    /// in one transaction.
    public func recordGuardianConsent(studentID: String, consent: Bool, recordedBy accountID: Int64, at time: Date = Date()) throws {
        try writeWebRecords { db in
            guard var student = try Self.students(db, id: studentID).first else { throw AccountError.unknownStudent(studentID) }
            student.guardianConsent = consent
            _ = try student.upsert(db)
            try GuardianConsentRow(studentID: studentID, consent: consent, recordedBy: accountID, recordedAt: time).insert(db)
        }
    }

    /// Adds a hobby a pupil picked (a self-reported skill) to their profile, unless they have the skill.
    /// The caller has checked that the skill exists.
    public func addSelfReportedSkill(studentID: String, skillID: String, level: Int) throws {
        try writeWebRecords { db in
            guard var student = try Self.students(db, id: studentID).first else { throw AccountError.unknownStudent(studentID) }
            guard !student.skills.contains(where: { $0.skillID == skillID }) else { return }
            student.skills.append(StudentSkill(skillID: skillID, level: level, evidence: .selfReported))
            _ = try student.upsert(db)
        }
    }

    private static func invitation(_ row: InvitationRow, _ db: Database) throws -> Invitation {
        let enterprise = try VacancyRow.fetchOne(db, key: row.vacancyID)?.enterpriseID ?? ""
        return row.invitation(enterpriseID: enterprise)
    }
}
