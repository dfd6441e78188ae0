import Foundation
import Localization
import Matcher
import Profiles

/// A fairness audit: selection rates by group for one vacancy's shortlist or for the allocation of all places.
public struct FairnessAuditRequest: Sendable, Hashable {
    /// What is audited.
    public enum Subject: Sendable, Hashable {
        /// Candidates are the students eligible for the vacancy; selected, those on its top-`top` shortlist.
        case shortlist(vacancyID: String, top: Int)
        /// Candidates are the students eligible for at least one place; selected, those the stable allocation places.
        case allocation
    }

    /// The attribute students are grouped by.
    public enum Attribute: String, Sendable, Hashable, CaseIterable {
        case sex, settlement, schoolLanguage = "school-language", region

        func group(_ student: Student) -> String? {
            switch self {
            case .sex: student.sex?.rawValue
            case .settlement: student.settlement.rawValue
            case .schoolLanguage: student.schoolLanguage.rawValue
            case .region: student.regionID
            }
        }
    }

    public var subject: Subject
    public var attribute: Attribute
    /// Who the audit is for: the department sees exact counts, anyone else "<10" (`DisclosureRule`).
    public var audience: Audience
    public var language: Language
    public var referenceYear: Int

    public init(subject: Subject, attribute: Attribute = .sex, audience: Audience = .department, language: Language = .ru,
                referenceYear: Int = Calendar.currentYear) {
        self.subject = subject
        self.attribute = attribute
        self.audience = audience
        self.language = language
        self.referenceYear = referenceYear
    }
}

extension MatchEngine {
    /// Selection rate per group, impact ratios and the four-fifths flags, as the request's audience may see
    /// them; groups of fewer than `PersonCount.threshold` candidates are too small to judge.
    public func fairnessAudit(_ request: FairnessAuditRequest) throws -> FairnessAuditResult {
        let snapshot = try snapshot()
        let students = snapshot.students
        var candidates: [(group: String?, selected: Bool)] = []
        switch request.subject {
        case let .shortlist(vacancyID, top):
            let target = try snapshot.vacancy(vacancyID)
            let shortlisted = Set(try VacancyMatcher(catalogue: snapshot.catalogue, vacancies: [target], referenceYear: request.referenceYear)
                .match(students, studentK: 0, vacancyK: top).bestStudents[0].map(\.index))
            let eligibility = Eligibility(referenceYear: request.referenceYear)
            for (index, student) in students.enumerated() where eligibility.reasons(student, target).isEmpty {
                candidates.append((request.attribute.group(student), shortlisted.contains(index)))
            }
        case .allocation:
            let batch = try BatchMatch(catalogue: snapshot.catalogue, students: students, referenceYear: request.referenceYear)
            for (index, student) in students.enumerated() where !batch.problem.preferences[index].isEmpty {
                candidates.append((request.attribute.group(student), batch.allocation.placeOf[index] != nil))
            }
        }
        return FairnessAuditResult(FairnessAudit(candidates, minimumGroupSize: PersonCount.threshold), subject: request.subject,
                                   attribute: request.attribute, audience: request.audience,
                                   names: Names(snapshot.catalogue, request.language))
    }
}
