import Foundation
import Testing
import Profiles
import Matcher
@testable import Guidance
@testable import Presentation
import TestSupport

/// The verdict of `Adversary/adversary.py` on one cohort's reports.
struct AdversaryVerdict: Decodable {
    struct Count: Decodable, CustomStringConvertible {
        var key: String
        var interval: [Int]
        var own: [Int]
        /// The interval with every total's exact value left out, for a count narrowed below the minimum.
        var floor: [Int]?
        var `in`: [String]
        var description: String { "\(key) in \(interval[0])…\(interval[1]) (own \(own[0])…\(own[1]), in \(self.in.joined(separator: ", ")))" }
    }

    var reports: Int
    var unknowns: Int
    var equations: Int
    var bounds: Int
    var suppressed: Int
    var ownRangeBelowMinimum: Int
    var narrowed: Int
    /// Narrowed below the minimum, but no further than their floor: no withheld total could widen them.
    var floorLimited: [Count]
    var exposed: [Count]
}

@Suite("Adversary: no \"<10\" of any report can be narrowed below 5 values by linear programming")
struct SuppressionAdversaryTests {
    /// The interpreter with scipy that `.ci/run` sets up: `MATCH_PYTHON`, else the repository's `.venv`.
    static var python: String {
        if let path = ProcessInfo.processInfo.environment["MATCH_PYTHON"], !path.isEmpty { return path }
        return Fixtures.shippedData.deletingLastPathComponent().appendingPathComponent(".venv/bin/python").path
    }

    static let helper = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Adversary/adversary.py").path

    /// Writes the country's report and each region's for a generated cohort on the shipped catalogue.
    static func writeReports(students: Int, seed: UInt64) throws -> URL {
        let database = try MatchDatabase.inMemory()
        try CatalogueBuilder(dataDirectory: Fixtures.shippedData, cohortSize: students, seed: seed,
                             referenceYear: Fixtures.referenceYear).build(into: database)
        let catalogue = try database.catalogue(), cohort = try database.students()
        let batch = try BatchMatch(catalogue: catalogue, students: cohort, referenceYear: Fixtures.referenceYear)
        let builder = try ReportBuilder(batch: batch, catalogue: catalogue, students: cohort, referenceYear: Fixtures.referenceYear)
        let root = try Fixtures.temporaryDirectory()
        for region in [nil] + catalogue.regions.map(\.id) as [String?] {
            let folder = root.appendingPathComponent(region ?? "country")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let report = builder.build(regionID: region, language: .en, title: "t", date: "2026-11-30")
            _ = try ReportWriter().write(report, to: folder)
        }
        return root
    }

    /// Runs the adversary on a folder of reports.
    static func attack(_ folder: URL) throws -> AdversaryVerdict {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [helper, folder.path, "--minimum", String(DisclosureRule.minimumPossibleValues)]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AdversaryFailure(message: "adversary.py exited \(process.terminationStatus): \(String(decoding: data, as: UTF8.self)) \(message)")
        }
        return try JSONDecoder().decode(AdversaryVerdict.self, from: data)
    }

    struct AdversaryFailure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    @Test("the linear-programming adversary pins no suppressed count of the country's or any region's report",
          arguments: [(300, 1), (900, 2), (2_000, 3)] as [(Int, UInt64)])
    func noSuppressedCountIsPinned(students: Int, seed: UInt64) throws {
        // Given Python with scipy, which `.ci/run` installs into .venv
        try #require(FileManager.default.isExecutableFile(atPath: Self.python),
                     "no Python with scipy at \(Self.python): run .ci/run (it creates .venv) or set MATCH_PYTHON")
        // and the 21 reports of a generated cohort, in JSON and CSV
        let folder = try Self.writeReports(students: students, seed: seed)
        // MATCH_ADVERSARY_KEEP=1 keeps the reports for a look (`adversary.py FOLDER` reruns the attack).
        let keep = ProcessInfo.processInfo.environment["MATCH_ADVERSARY_KEEP"] == "1"
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        if keep { print("adversary: reports kept in \(folder.path)") }

        // When the adversary solves, for every suppressed count, the least and the most it can be
        let verdict = try Self.attack(folder)

        // Then it tried every report and many suppressed counts, and none has fewer than 5 values left
        // (or, where its own row allows fewer, is narrowed at all)
        print("adversary: \(students) students, seed \(seed): \(verdict.reports) reports, \(verdict.suppressed) suppressed counts, "
              + "\(verdict.equations) equations, \(verdict.bounds) bounds, \(verdict.narrowed) narrowed, \(verdict.exposed.count) exposed, "
              + "\(verdict.ownRangeBelowMinimum) with fewer than 5 values by their own row, \(verdict.floorLimited.count) by their floor")
        #expect(verdict.reports == 21)
        #expect(verdict.suppressed > 50, "the cohort should have many suppressed counts")
        #expect(verdict.exposed.isEmpty, "exposed: \(verdict.exposed.prefix(20).map(\.description).joined(separator: "; "))")
    }
}
