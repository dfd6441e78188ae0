import Foundation
import Localization
import Matcher
import Profiles

/// Students allocated to places under the enterprises' capacities.
public struct AllocationRequest: Sendable, Hashable {
    public var kind: Vacancy.Kind?
    public var method: BatchMatch.Method
    /// Only this region (an id or a name as people type it): its students and its places — a department's
    /// run. nil: the whole country.
    public var regionID: String?
    public var language: Language
    public var referenceYear: Int

    public init(kind: Vacancy.Kind? = nil, method: BatchMatch.Method = .stable, regionID: String? = nil, language: Language = .ru,
                referenceYear: Int = Calendar.currentYear) {
        self.kind = kind
        self.regionID = regionID
        self.method = method
        self.language = language
        self.referenceYear = referenceYear
    }
}

extension MatchEngine {
    /// Matches every student against every place of the kind asked for and allocates them.
    /// - Parameter progress: called with the number of students matched so far, out of `snapshot().students.count`
    ///   (the region's students for a region's run).
    /// - Throws: `GuidanceError.unknownID` for a region no name fits.
    public func allocate(_ request: AllocationRequest, progress: ((Int) -> Void)? = nil) throws -> AllocationResult {
        let snapshot = try snapshot()
        var catalogue = snapshot.catalogue, students = snapshot.students
        if let name = request.regionID {
            // A region's run: its students for its places (students elsewhere who would move are not in it).
            let region = try snapshot.region(name)
            catalogue.vacancies = catalogue.vacancies.filter { $0.regionID == region }
            students = students.filter { $0.regionID == region }
        }
        let batch = try BatchMatch(catalogue: catalogue, students: students, referenceYear: request.referenceYear,
                                   kind: request.kind, method: request.method, progress: progress)
        return AllocationResult(batch: batch, method: request.method, students: students,
                                names: Names(snapshot.catalogue, request.language))
    }

    /// The employer's export of an allocation: placements under per-enterprise pseudonyms.
    public func placements(of result: AllocationResult) throws -> [AllocationResult.Placement] {
        let pseudonyms = try store.pseudonyms()
        return result.placements(pseudonym: pseudonyms.pseudonym)
    }
}
