import Foundation
import GRDB

/// A row of `audit_log` (in the audit file): an `AuditRecord` with its parameters and weights as JSON.
struct AuditLogRow {
    var sequence: Int
    var time: String
    var command: String
    /// JSON object, keys sorted.
    var parameters: String
    var inputHash: String
    var modelVersion: String
    /// JSON object, keys sorted.
    var weights: String
    var outputHash: String
    var previousHash: String
    var recordHash: String
}

extension AuditLogRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit_log"

    enum CodingKeys: String, CodingKey {
        case sequence, time, command, parameters, inputHash = "input_hash", modelVersion = "model_version"
        case weights, outputHash = "output_hash", previousHash = "previous_hash", recordHash = "record_hash"
    }
}

extension AuditLogRow {
    enum Columns {
        static let sequence = Column(CodingKeys.sequence)
        static let time = Column(CodingKeys.time)
        static let command = Column(CodingKeys.command)
        static let parameters = Column(CodingKeys.parameters)
        static let inputHash = Column(CodingKeys.inputHash)
        static let modelVersion = Column(CodingKeys.modelVersion)
        static let weights = Column(CodingKeys.weights)
        static let outputHash = Column(CodingKeys.outputHash)
        static let previousHash = Column(CodingKeys.previousHash)
        static let recordHash = Column(CodingKeys.recordHash)
    }
}

// MARK: - AuditRecord ⇄ row

extension AuditLogRow {
    init(_ record: AuditRecord) {
        self.init(sequence: record.sequence, time: record.time, command: record.command, parameters: Self.json(record.parameters),
                  inputHash: record.inputHash, modelVersion: record.modelVersion, weights: Self.json(record.weights),
                  outputHash: record.outputHash, previousHash: record.previousHash, recordHash: record.recordHash)
    }

    /// The record; parameters or weights that are not the JSON they should be read as empty, so that
    /// `verifyAuditLog` reports the record as edited instead of failing to read the log.
    var auditRecord: AuditRecord {
        AuditRecord(
            sequence: sequence, time: time, command: command,
            parameters: (try? JSONDecoder().decode([String: String].self, from: Data(parameters.utf8))) ?? [:],
            inputHash: inputHash, modelVersion: modelVersion,
            weights: (try? JSONDecoder().decode([String: Double].self, from: Data(weights.utf8))) ?? [:],
            outputHash: outputHash, previousHash: previousHash, recordHash: recordHash)
    }

    private static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
