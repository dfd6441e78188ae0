import ArgumentParser
import Foundation
import ScoringCore
import Profiles
import Guidance
import Presentation
import Localization

extension MatchCLI {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a seeded, reproducible synthetic cohort of students.",
            discussion: """
            Writes a students CSV (importable with `match-cli import`) or stores the students directly.
            The same seed and catalogue always give the same students.

            Examples:
              match-cli generate --students 1000 --seed 7 --out students.csv
              match-cli init --db /tmp/big.sqlite
              match-cli generate --students 20000 --seed 1 --db /tmp/big.sqlite
              match-cli generate --vacancies 2000 --seed 1 --db /tmp/big.sqlite
            """)

        @Option(help: "How many students.")
        var students = 0

        @Option(help: "How many synthetic vacancies (catalogue vacancies as templates, placed by population) — for benchmarks.")
        var vacancies = 0

        @Option(help: "Random seed.")
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp("Write a CSV file here instead of storing the students.", valueName: "file"))
        var out: String?

        @Option(help: "The calendar year birth years are counted from (default: this year).")
        var referenceYear = Calendar.currentYear

        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard students >= 0, vacancies >= 0 else { throw ValidationError("--students and --vacancies must not be negative") }
            guard students > 0 || vacancies > 0 else { throw ValidationError("give --students N or --vacancies N") }
            guard students == 0 || vacancies == 0 || out == nil else { throw ValidationError("--out writes one kind at a time") }
        }

        func run() throws {
            let store = try database.open()
            let catalogue = try store.catalogue()
            if vacancies > 0 {
                let generator = IteratorSequence(VacancyGenerator(catalogue: catalogue, count: vacancies, seed: seed))
                if let out {
                    try Self.writeCSV(generator.lazy.map(\.csvCells), columns: Vacancy.csvColumns, to: out)
                    print("Wrote \(vacancies) vacancies to \(out)")
                } else {
                    let counts = try store.storeGenerated(generator)
                    print("Stored \(vacancies) vacancies in \(store.path): \(counts.new) new, \(counts.changed) changed, \(counts.unchanged) unchanged")
                }
            }
            if students > 0 {
                let generator = IteratorSequence(CohortGenerator(catalogue: catalogue, count: students, seed: seed, referenceYear: referenceYear))
                if let out {
                    try Self.writeCSV(generator.lazy.map(\.csvCells), columns: Student.csvColumns, to: out)
                    print("Wrote \(students) students to \(out)")
                } else {
                    let counts = try store.storeGenerated(generator)
                    print("Stored \(students) students in \(store.path): \(counts.new) new, \(counts.changed) changed, \(counts.unchanged) unchanged")
                }
            }
        }

        /// Streams rows to the file in 1 MiB chunks, through a temporary file and a rename.
        static func writeCSV<Rows: Sequence>(_ rows: Rows, columns: [String], to path: String) throws where Rows.Element == [String] {
            try AtomicFile.write(to: path) { append in
                var buffer = CSVText.line(columns)
                for row in rows {
                    buffer += CSVText.line(row)
                    if buffer.utf8.count > 1 << 20 { try append(Data(buffer.utf8)); buffer = "" }
                }
                try append(Data(buffer.utf8))
            }
        }
    }
}
