import Foundation
import Profiles

/// Shared fixtures: the small hand-made catalogue in `Tests/Fixtures/catalogue`, whose right answers are obvious.
public enum Fixtures {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    public static let catalogue = root.appendingPathComponent("catalogue")
    /// The shipped catalogue in the repository's `Data/`.
    public static let shippedData = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data")
    public static let referenceYear = 2026

    /// A fresh in-memory database holding the fixture catalogue and `students` generated students.
    public static func database(students: Int = 0, seed: UInt64 = 1) throws -> MatchDatabase {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: catalogue, cohortSize: students, seed: seed, referenceYear: referenceYear).build(into: database)
        return database
    }

    /// A new empty temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("match-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to a file named `name` in a new temporary folder.
    public static func file(_ name: String, _ text: String) throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    public static func file(_ name: String, bytes: [UInt8]) throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}
