import Foundation
import Localization
import Matcher
import Profiles

/// Candidates for one vacancy, or for every vacancy and place of one enterprise.
public struct ShortlistRequest: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case vacancy(String)
        case enterprise(String)
    }

    public var target: Target
    public var top: Int
    public var language: Language
    public var referenceYear: Int

    public init(target: Target, top: Int = 20, language: Language = .ru, referenceYear: Int = Calendar.currentYear) {
        self.target = target
        self.top = top
        self.language = language
        self.referenceYear = referenceYear
    }
}

extension MatchEngine {
    /// The shortlists asked for, in vacancy id order, under the enterprise's pseudonyms, all made in one product.
    /// - Parameter progress: called with the number of students scored so far, out of `snapshot().students.count`.
    public func shortlists(_ request: ShortlistRequest, progress: ((Int) -> Void)? = nil) throws -> [Shortlist] {
        let snapshot = try snapshot()
        return try shortlists(of: try Self.targets(of: request.target, in: snapshot), in: snapshot, request, progress: progress)
    }

    /// The shortlists of `targets` (any vacancies, of any enterprises), each under its own enterprise's
    /// pseudonyms, made in one product; `request.target` is not read.
    func shortlists(of targets: [Vacancy], in snapshot: Snapshot, _ request: ShortlistRequest,
                    progress: ((Int) -> Void)? = nil) throws -> [Shortlist] {
        // The matcher and the ranking are the engine's, kept until the data changes; the candidates are
        // the students the ranking was made among.
        let matcher = try vacancyMatcher(targets.map(\.id), referenceYear: request.referenceYear)
        let ranking = try shortlistRanking(targets.map(\.id), top: request.top, referenceYear: request.referenceYear, progress: progress)
        let (students, best, counts) = (ranking.students, ranking.best, ranking.counts)
        let explainer = Explainer(referenceYear: request.referenceYear)
        let pseudonyms = try store.pseudonyms()
        let names = Names(snapshot.catalogue, request.language)
        return targets.indices.map { index in
            let target = targets[index]
            let code = matcher.interestCode(of: target)
            let candidates = best[index].map { (students[$0.index], explainer.explain(students[$0.index], target, interestCode: code)) }
            // The employer sees each eligible candidate listed, and never those excluded (DisclosureRule).
            let summary = Shortlist.Summary(students: counts[index].students,
                                            eligible: DisclosureRule.count(counts[index].eligible, of: .shownOneByOne, for: .employer),
                                            excluded: counts[index].excluded.mapValues { DisclosureRule.count($0, of: .notShown, for: .employer) })
            return Shortlist(vacancy: target, candidates: candidates, summary: summary, names: names,
                             pseudonym: { pseudonyms.pseudonym(for: $0.id, scope: target.enterpriseID) })
        }
    }

    private static func targets(of target: ShortlistRequest.Target, in snapshot: Snapshot) throws -> [Vacancy] {
        switch target {
        case .vacancy(let id):
            return [try snapshot.vacancy(id)]
        case .enterprise(let id):
            try snapshot.checkEnterprise(id)
            let vacancies = snapshot.catalogue.vacancies.filter { $0.enterpriseID == id }
            guard !vacancies.isEmpty else { throw GuidanceError.enterpriseWithoutVacancies(id) }
            return vacancies
        }
    }
}
