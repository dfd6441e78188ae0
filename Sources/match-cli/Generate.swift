import ArgumentParser
import Foundation
import Localization
import Presentation
import Profiles

extension MatchCLI {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(ui.generateHelp)

        @Option(help: ArgumentHelp(ui.generateStudentsOptionHelp))
        var students = 0

        @Option(help: ArgumentHelp(ui.generateVacanciesOptionHelp))
        var vacancies = 0

        @Option(help: ArgumentHelp(ui.randomSeedOptionHelp))
        var seed: UInt64 = 1

        @Option(help: ArgumentHelp(ui.generateOutOptionHelp, valueName: "file"))
        var out: String?

        @Option(help: ArgumentHelp(ui.referenceYearOptionHelp))
        var referenceYear = Calendar.currentYear

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard students >= 0, vacancies >= 0 else { throw ValidationError(ui.countsNotNegative) }
            guard students > 0 || vacancies > 0 else { throw ValidationError(ui.studentsOrVacancies) }
            guard students == 0 || vacancies == 0 || out == nil else { throw ValidationError(ui.outOneKindAtATime) }
        }

        func run() throws {
            let store = try database.open()
            let catalogue = try store.catalogue()
            if vacancies > 0 {
                let progress = ProgressBar(total: vacancies, label: ui.generateProgress)
                defer { progress.finish() }
                let generator = progress.counting(IteratorSequence(VacancyGenerator(catalogue: catalogue, count: vacancies, seed: seed)))
                let records = ui.count(vacancies, .vacancy)
                if let out {
                    try Self.writeCSV(generator.lazy.map(\.csvCells), columns: Vacancy.csvColumns, to: out)
                    print(ui.wrote(records, to: out))
                } else {
                    let counts = try store.storeGenerated(generator)
                    print(ui.stored(records, in: store.path, new: counts.new, changed: counts.changed, unchanged: counts.unchanged))
                }
            }
            if students > 0 {
                let progress = ProgressBar(total: students, label: ui.generateProgress)
                defer { progress.finish() }
                let generator = progress.counting(IteratorSequence(CohortGenerator(catalogue: catalogue, count: students, seed: seed,
                                                                                   referenceYear: referenceYear)))
                let records = ui.count(students, .student)
                if let out {
                    try Self.writeCSV(generator.lazy.map(\.csvCellsWithSchool), columns: Student.csvColumns + Student.schoolColumns, to: out)
                    print(ui.wrote(records, to: out))
                } else {
                    let counts = try store.storeGenerated(generator)
                    print(ui.stored(records, in: store.path, new: counts.new, changed: counts.changed, unchanged: counts.unchanged))
                }
            }
        }

        /// Streams rows to the file in 1 MiB chunks, through a temporary file and a rename. The file is
        /// for `import` (machine column names, no byte order mark), not a spreadsheet.
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
