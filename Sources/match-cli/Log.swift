import ScoringCore
import ArgumentParser
import Profiles
import Guidance
import Presentation
import Localization

extension MatchCLI {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the audit log of recommend, shortlist, report and assign runs, or verify its chain.",
            discussion: """
            Each record holds the time, command, parameters, a hash of the input data, the model version and \
            weights, and a hash of the output, chained to the previous record's hash.

            Examples:
              match-cli log
              match-cli log --verify
            """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: FormatOption

        @Flag(help: "Check that no record was edited, removed or reordered; exit 1 if one was.")
        var verify = false

        static func parameters(_ record: AuditRecord) -> String {
            record.parameters.keys.sorted().map { "\($0)=\(record.parameters[$0]!)" }.joined(separator: " ")
        }

        func run() throws {
            let store = try database.open()
            if verify {
                let failures = try store.verifyAuditLog()
                let count = try store.auditLog().count
                guard failures.isEmpty else {
                    for failure in failures { printError("record \(failure.sequence): \(failure.reason)") }
                    printError("The audit log of \(store.path) is broken at \(failures.count) point(s).")
                    throw ExitCode(1)
                }
                print("The audit log of \(store.path) is intact: \(count) record(s).")
                return
            }
            let records = try store.auditLog()
            switch output.format {
            case .json: print(try jsonText(records))
            case .csv:
                print(csvText(header: ["sequence", "time", "command", "parameters", "input_hash", "model_version", "output_hash", "record_hash"],
                              rows: records.map { [String($0.sequence), $0.time, $0.command, Self.parameters($0),
                                                   $0.inputHash, $0.modelVersion, $0.outputHash, $0.recordHash] }), terminator: "")
            case .table:
                print(TextTable(header: ["#", "time", "command", "parameters", "input", "output"],
                                rows: records.map { [String($0.sequence), $0.time, $0.command, Self.parameters($0),
                                                     String($0.inputHash.prefix(12)), String($0.outputHash.prefix(12))] },
                                rightAligned: [0]).rendered, terminator: "")
            }
        }
    }
}
