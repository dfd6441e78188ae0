import Foundation
import Matcher
import Profiles

extension MatchEngine {
    /// Appends the audit record of a run: what was asked, on which data, with which model and weights,
    /// and a hash of what came out. A student is recorded only as their random audit token, which
    /// `forget` deletes: afterwards nothing in the log can be linked to an id, nor recomputed from one.
    public func recordRun(command: String, parameters: [String: String], studentIDs: [String: String] = [:],
                          output: Data) throws {
        try recordRun(command: command, parameters: parameters, studentIDs: studentIDs, outputHash: Digest.sha256(output))
    }

    /// The same, for output that was streamed and hashed as it went (`RunningDigest`).
    public func recordRun(command: String, parameters: [String: String], studentIDs: [String: String] = [:],
                          outputHash: String) throws {
        var all = parameters
        if !studentIDs.isEmpty {
            let tokens = try store.auditTokens(ofStudents: Set(studentIDs.values))
            for (name, id) in studentIDs {
                guard let token = tokens[id] else { throw GuidanceError.unknownID(kind: .student, id: id, suggestions: []) }
                all[name] = token
            }
        }
        try store.appendAudit(command: command, parameters: all, inputHash: try dataFingerprint(),
                              modelVersion: ScoringWeights.modelVersion, weights: ScoringWeights.all,
                              outputHash: outputHash)
    }
}
