import ArgumentParser
import Foundation
import Profiles

extension MatchCLI {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a seeded, reproducible synthetic cohort of students.",
            discussion: """
            Writes a students CSV (importable with `match-cli import`) or stores the students directly.
            The same seed and catalogue always give the same students.
            Examples:
              match-cli generate --students 1000 --seed 7 --out students.csv
              match-cli generate --students 100000 --seed 1 --db /tmp/big.sqlite
            """)

        @Option(help: "How many students.")
        var students: Int

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("Write a CSV file here instead of storing the students.", valueName: "file"))
        var out: String?

        @Option(help: "The calendar year birth years are counted from (default: this year).")
        var referenceYear = Calendar.currentYear

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard students >= 0 else { throw ValidationError("--students must not be negative") }
        }

        func run() throws {
            let store = try database.open()
            let generator = CohortGenerator(catalogue: try store.catalogue(), count: students, seed: seed, referenceYear: referenceYear)
            if let out {
                try AtomicFile.write(to: out) { handle in
                    var buffer = CSVText.line(Student.csvColumns)
                    for student in IteratorSequence(generator) {
                        buffer += CSVText.line(student.csvCells)
                        if buffer.utf8.count > 1 << 20 { handle.write(Data(buffer.utf8)); buffer = "" }
                    }
                    handle.write(Data(buffer.utf8))
                }
                print("Wrote \(students) students to \(out)")
            } else {
                let counts = try store.storeGenerated(IteratorSequence(generator))
                print("Stored \(students) students in \(store.path): \(counts.new) new, \(counts.changed) changed, \(counts.unchanged) unchanged")
            }
        }
    }
}
