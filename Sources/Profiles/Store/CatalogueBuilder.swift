import Foundation

/// Builds a database from a `Data/` folder: the catalogue files, then a generated cohort.
public struct CatalogueBuilder: Sendable {
    /// The catalogue files in `Data/`, in import order.
    public static let files = ["skills.csv", "subjects.csv", "regions.csv", "specialties.csv", "colleges.csv",
                               "enterprises.csv", "schools.csv", "vacancies.csv"]
    /// The default database's synthetic cohort.
    public static let defaultCohortSize = 2_000
    public static let defaultCohortSeed: UInt64 = 2025

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
    /// - Throws: `ImportFailure` naming every problem in `Data/`.
    @discardableResult
    public func build(into database: MatchDatabase) throws -> Importer.Report {
        var options = Importer.Options()
        options.referenceYear = referenceYear
        let report = try Importer(database: database, options: options)
            .run(Self.files.map { dataDirectory.appendingPathComponent($0).path })
        let generator = CohortGenerator(catalogue: try database.catalogue(), count: cohortSize, seed: seed, referenceYear: referenceYear)
        _ = try database.storeGenerated(IteratorSequence(generator))
        try database.setMeta("data_directory", dataDirectory.path)
        try database.setMeta("cohort", "\(cohortSize) students, seed \(seed), reference year \(referenceYear)")
        return report
    }
}
