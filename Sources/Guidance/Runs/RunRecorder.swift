import Foundation
import Matcher
import Profiles

extension MatchEngine {
    /// Appends the audit record of a run: what was asked, on which data, with which model and weights,
    /// and a hash of what came out. Student ids are kept only as keyed hashes, so `forget` leaves nothing
    /// that names them.
    public func recordRun(command: String, parameters: [String: String], studentIDs: [String: String] = [:],
                          output: Data) throws {
        var all = parameters
        if !studentIDs.isEmpty {
            let pseudonyms = try store.pseudonyms()
            for (name, id) in studentIDs { all[name] = pseudonyms.pseudonym(for: id, scope: "audit") }
        }
        try store.appendAudit(command: command, parameters: all, inputHash: try store.dataFingerprint(),
                              modelVersion: ScoringWeights.modelVersion, weights: ScoringWeights.all,
                              outputHash: Digest.sha256(output))
    }
}
