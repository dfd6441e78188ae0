import ArgumentParser
import Foundation
import Guidance
import Localization
import Profiles

extension MatchCLI {
    struct Shard: ParsableCommand {
        static let configuration = CommandConfiguration(ui.shardHelp)

        @OptionGroup var language: LanguageOption

        @Option(help: ArgumentHelp(ui.shardSnapshotOptionHelp, valueName: "file"))
        var snapshot: String

        @Option(help: ArgumentHelp(ui.shardInputOptionHelp))
        var input: StudentReader.Format = .csv

        @OptionGroup var referenceYear: YearOption

        func run() throws {
            let snapshot = try CatalogueSnapshot(contentsOf: snapshot)
            let students = try StudentReader(catalogue: snapshot.catalogue, referenceYear: referenceYear.value)
                .read(path: "/dev/stdin", file: "stdin", format: input)
            // Lines go out in blocks of about 1 MiB: a shard of a million students writes about 300 MB.
            var buffer: [UInt8] = []
            try ShardRequest(referenceYear: referenceYear.value).run(snapshot: snapshot, students: students) { line in
                buffer.append(contentsOf: line.encoded())
                buffer.append(0x0A)
                if buffer.count >= 1 << 20 { StandardStreams.writeOutput(buffer); buffer.removeAll(keepingCapacity: true) }
            }
            StandardStreams.writeOutput(buffer)
        }
    }
}

extension StudentReader.Format: ExpressibleByArgument {}
