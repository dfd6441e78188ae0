import Foundation
import Localization
import Matcher
import Profiles

/// Students allocated to places under the enterprises' capacities.
public struct AllocationRequest: Sendable, Hashable {
    public var kind: Vacancy.Kind?
    public var method: BatchMatch.Method
    public var language: Language
    public var referenceYear: Int

    public init(kind: Vacancy.Kind? = nil, method: BatchMatch.Method = .stable, language: Language = .ru,
                referenceYear: Int = Calendar.currentYear) {
        self.kind = kind
        self.method = method
        self.language = language
        self.referenceYear = referenceYear
    }
}

extension MatchEngine {
    /// Matches every student against every place of the kind asked for and allocates them.
    /// - Parameter progress: called with the number of students matched so far, out of `snapshot().students.count`.
    public func allocate(_ request: AllocationRequest, progress: ((Int) -> Void)? = nil) throws -> AllocationResult {
        let snapshot = try snapshot()
        let batch = try BatchMatch(catalogue: snapshot.catalogue, students: snapshot.students, referenceYear: request.referenceYear,
                                   kind: request.kind, method: request.method, progress: progress)
        return AllocationResult(batch: batch, method: request.method, students: snapshot.students,
                                names: Names(snapshot.catalogue, request.language))
    }

    /// The employer's export of an allocation: placements under per-enterprise pseudonyms.
    public func placements(of result: AllocationResult) throws -> [AllocationResult.Placement] {
        let pseudonyms = try store.pseudonyms()
        return result.placements(pseudonym: pseudonyms.pseudonym)
    }
}
