import Foundation
import Guidance
import Profiles

extension WebServer {
    /// Appends a view of a minor's record to the audit log: who (login and role), when (the record's
    /// time), which record (the student's audit token, never the id) and which page.
    func recordView(of student: Student, by account: Account, page: String) throws {
        guard student.mayBeMinor(in: Calendar.currentYear) else { return }
        try engine.recordRun(command: "web view", parameters: ["account": account.login, "role": account.role.name, "page": page],
                             studentIDs: ["student": student.id], output: Data(page.utf8))
    }
}
