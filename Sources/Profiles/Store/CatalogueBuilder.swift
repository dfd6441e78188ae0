import Foundation

/// Builds a database from a `Data/` folder: the catalogue files, then a generated cohort.
public struct CatalogueBuilder: Sendable {
    /// The catalogue files in `Data/`, in import order.
    public static let files = ["skills.csv", "subjects.csv", "regions.csv", "specialties.csv", "colleges.csv",
                               "enterprises.csv", "schools.csv", "vacancies.csv"]
    /// The default database's synthetic cohort.
    public static let defaultCohortSize = 2_000
    public static let defaultCohortSeed: UInt64 = 2025

    /// The two parts of a build, as a progress bar tells them apart.
    public enum Stage: Sendable, Hashable {
        /// The catalogue files, measured in their bytes.
        case catalogue
        /// The generated cohort, measured in students.
        case cohort
    }

    public var dataDirectory: URL
    public var cohortSize: Int
    public var seed: UInt64
    public var referenceYear: Int

    public init(dataDirectory: URL, cohortSize: Int = defaultCohortSize, seed: UInt64 = defaultCohortSeed,
                referenceYear: Int = Calendar.currentYear) {
        self.dataDirectory = dataDirectory
        self.cohortSize = cohortSize
        self.seed = seed
        self.referenceYear = referenceYear
    }

    /// Imports the catalogue (all or nothing) and stores the generated cohort.
    /// - Parameter progress: told `(stage, done, total)`: the catalogue as `Importer.run` tells it, then
    ///   the cohort, student by student (from 0 to `cohortSize`).
    /// - Throws: `ImportFailure` naming every problem in `Data/`.
    @discardableResult
    public func build(into database: MatchDatabase,
                      progress: ((_ stage: Stage, _ done: Int, _ total: Int) -> Void)? = nil) throws -> Importer.Report {
        var options = Importer.Options()
        options.referenceYear = referenceYear
        let report = try Importer(database: database, options: options)
            .run(Self.files.map { dataDirectory.appendingPathComponent($0).path }) { progress?(.catalogue, $0, $1) }
        let generator = CohortGenerator(catalogue: try database.catalogue(), count: cohortSize, seed: seed, referenceYear: referenceYear)
        progress?(.cohort, 0, cohortSize)
        var generated = 0
        _ = try database.storeGenerated(IteratorSequence(generator).lazy.map { student in
            generated += 1
            progress?(.cohort, generated, cohortSize)
            return student
        })
        try database.setMeta("data_directory", dataDirectory.path)
        try database.setMeta("cohort", "\(cohortSize) students, seed \(seed), reference year \(referenceYear)")
        return report
    }
}
