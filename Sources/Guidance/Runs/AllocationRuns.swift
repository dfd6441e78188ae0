import Foundation
import Profiles

/// An allocation run as the audit log recorded it: when, how, for which region, with its counts.
public struct RecordedAllocation: Sendable, Hashable, Encodable {
    public var sequence: Int
    /// ISO 8601, UTC.
    public var time: String
    public var method: String
    /// `all`, or the one kind of place allocated.
    public var kind: String
    public var students: Int?
    public var places: Int?
    public var placed: Int?
    public var unplaced: Int?
}

extension MatchEngine {
    /// The audit log's command for a region's run started from the web.
    public static let regionAllocationCommand = "web assign"

    /// Appends a region's run to the audit log with its counts (aggregates only), so the department can
    /// list its earlier runs; `output` is the summary as served.
    public func recordRegionAllocation(_ request: AllocationRequest, regionID: String, result: AllocationResult.Aggregates,
                                       account: String, output: Data) throws {
        try recordRun(command: Self.regionAllocationCommand,
                      parameters: ["region": regionID, "method": request.method.rawValue, "kind": request.kind?.rawValue ?? "all",
                                   "year": String(request.referenceYear), "account": account, "students": String(result.students),
                                   "places": String(result.places), "placed": String(result.placed.value),
                                   "unplaced": String(result.unplaced.value)],
                      output: output)
    }

    /// The region's recorded runs, newest first.
    /// - Complexity: O(records in the audit log).
    public func regionAllocations(_ regionID: String) throws -> [RecordedAllocation] {
        try store.auditLog().reversed().filter { $0.command == Self.regionAllocationCommand && $0.parameters["region"] == regionID }.map { record in
            let number = { (name: String) in record.parameters[name].flatMap(Int.init) }
            return RecordedAllocation(sequence: record.sequence, time: record.time, method: record.parameters["method"] ?? "",
                                      kind: record.parameters["kind"] ?? "all", students: number("students"), places: number("places"),
                                      placed: number("placed"), unplaced: number("unplaced"))
        }
    }
}
