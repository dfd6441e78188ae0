import Foundation
import Guidance
import Localization
import Profiles

// What an employer is shown. These types have no field for a student id, birth year, grades, interests,
// sex or school: there is nothing to leak by mistake.

/// A shortlist as the employer sees it (from `Shortlist.Document`, which already holds pseudonyms only).
struct EmployerShortlist: Sendable, Encodable {
    struct Excluded: Sendable, Encodable { let reason: String, count: String }
    let vacancyID: String
    let title: String
    let students: Int
    let eligible: String
    let excluded: [Excluded]
    let candidates: [Shortlist.Item]

    init(_ document: Shortlist.Document, words: Words) {
        vacancyID = document.vacancyID
        title = document.title
        students = document.summary.students
        eligible = document.summary.eligible.description
        excluded = document.summary.excluded.keys.sorted { $0.rawValue < $1.rawValue }.map {
            Excluded(reason: words.name(of: $0), count: document.summary.excluded[$0]!.description)
        }
        candidates = document.candidates
    }
}

/// An invitation as the employer sees it: the contact only once the pupil accepted.
struct EmployerInvitation: Sendable, Encodable {
    let id: Int64
    let vacancy: String
    let candidate: String
    let status: String
    let contact: String

    init(_ invitation: Invitation, snapshot: Snapshot, words: Words, language: Language) {
        id = invitation.id
        vacancy = (try? snapshot.vacancy(invitation.vacancyID).title[language]) ?? invitation.vacancyID
        candidate = invitation.pseudonym
        status = words.webInvitationStatus(invitation.status.rawValue)
        contact = invitation.status == .accepted ? invitation.contact ?? "" : ""
    }
}

/// A placement of the allocation at one of the employer's places: pseudonym and place, no score.
struct EmployerPlacement: Sendable, Encodable {
    let candidate: String
    let vacancyID: String
    let title: String
}
