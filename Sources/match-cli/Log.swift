import ArgumentParser
import Localization
import Presentation
import Profiles

extension MatchCLI {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(ui.logHelp)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption
        @OptionGroup var output: FormatOption

        @Flag(help: ArgumentHelp(ui.verifyOptionHelp))
        var verify = false

        @Flag(help: ArgumentHelp(ui.headOptionHelp))
        var head = false

        @Argument(help: ArgumentHelp(ui.expectedHeadArgumentHelp, valueName: "sequence:hash"))
        var expectedHead: String?

        func validate() throws {
            guard let expectedHead else { return }
            guard verify && head else { throw ValidationError(ui.headValueNeedsVerifyHead) }
            guard AuditHead(expectedHead) != nil else { throw ValidationError(ui.notAnAuditHead(expectedHead)) }
        }

        static func parameters(_ record: AuditRecord) -> String {
            record.parameters.keys.sorted().map { "\($0)=\(record.parameters[$0]!)" }.joined(separator: " ")
        }

        func run() throws {
            let store = try database.open()
            if verify {
                try check(store, against: expectedHead.flatMap { AuditHead($0) })
            } else if head {
                print(try store.auditHead())
            } else {
                try list(try store.auditLog())
            }
        }

        /// `--verify [--head H]`: the chain, the anchor and the head given; exit 1 on any break.
        private func check(_ store: MatchDatabase, against expected: AuditHead?) throws {
            let failures = try store.verifyAuditLog(head: expected)
            guard failures.isEmpty else {
                for failure in failures { printError(ui.auditLogBreak(record: failure.sequence, failure.reason)) }
                printError(ui.auditLogBroken(store.path, points: failures.count))
                throw ExitCode(1)
            }
            print(ui.auditLogIntact(store.path, records: try store.auditLog().count))
            if let expected, expected.sequence > 0 { print(ui.auditLogCarriesHead(expected.sequence)) }
        }

        private func list(_ records: [AuditRecord]) throws {
            let words = language.words
            switch output.format {
            case .json: print(try jsonText(records))
            case .csv:
                print(CSVTable(header: [words.sequence, words.time, words.command, words.parameters, words.inputHash, words.modelVersion,
                                        words.outputHash, words.recordHash],
                               rows: records.map { [.integer($0.sequence), .text($0.time), .text($0.command), .text(Self.parameters($0)),
                                                    .text($0.inputHash), .text($0.modelVersion), .text($0.outputHash), .text($0.recordHash)] }).text,
                      terminator: "")
            case .table:
                print(TextTable(header: [words.rank, words.time, words.command, words.parameters, words.input, words.output],
                                rows: records.map { [String($0.sequence), $0.time, $0.command, Self.parameters($0),
                                                     String($0.inputHash.prefix(12)), String($0.outputHash.prefix(12))] },
                                rightAligned: [0]).rendered, terminator: "")
            }
        }
    }
}
