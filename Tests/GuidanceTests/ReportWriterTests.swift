import Foundation
import ScoringCore
import Allocation
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher

@Suite("Writing a report folder")
struct ReportWriterTests {
    private func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        return folder
    }

    private func entries(_ folder: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    }

    @Test func writesEveryFileHTMLFirst() throws {
        // Given an empty folder and a stale file of a report name
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old".utf8).write(to: folder.appendingPathComponent("regions.csv"))
        let report = ReportFixture.report(.ru)
        // When the report is written
        let paths = try ReportWriter().write(report, to: folder)
        // Then all files are there, HTML first, replaced, and no temporary is left
        #expect(paths.map(\.lastPathComponent) == [
            "report.html", "summary.csv", "specialties.csv", "regions.csv", "enterprises.csv", "unfilled.csv",
            "training-needs.csv", "colleges.csv", "report.json",
        ])
        #expect(try entries(folder) == Set(paths.map(\.lastPathComponent)))
        #expect(try Data(contentsOf: paths[0]) == Data(HTMLReportRenderer().render(report).utf8))
        #expect(try Data(contentsOf: paths[3]) == CSVReportWriter().files(for: report)[2].contents)
        #expect(try Data(contentsOf: paths[8]) == JSONReportWriter().data(for: report))
    }

    @Test func aMissingFolderIsNamedInTheError() throws {
        let parent = try makeFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let missing = parent.appendingPathComponent("no-such-folder")
        let error = #expect(throws: ReportWriteError.self) { try ReportWriter().write(ReportFixture.report(.en), to: missing) }
        #expect(error == .cannotWrite(path: missing.path, problem: .folderMissing))
        #expect(error?.description == "Cannot write \(missing.path): the folder does not exist")
        #expect(try entries(parent).isEmpty)
    }

    @Test func aFileInPlaceOfTheFolderIsRefused() throws {
        let parent = try makeFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let file = parent.appendingPathComponent("report")
        try Data().write(to: file)
        let error = #expect(throws: ReportWriteError.self) { try ReportWriter().write(ReportFixture.report(.en), to: file) }
        #expect(error == .cannotWrite(path: file.path, problem: .notAFolder))
        #expect(try entries(parent) == ["report"])
    }

    @Test func aFailedRenameLeavesNoTemporary() throws {
        // Given a folder where one target name is taken by a non-empty folder, so rename(2) must fail
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("enterprises.csv")
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: blocker.appendingPathComponent("inside.txt"))
        // When the report is written
        let error = #expect(throws: ReportWriteError.self) { try ReportWriter().write(ReportFixture.report(.kk), to: folder) }
        // Then the error names that file, and no temporary file remains beside the whole files
        guard case .cannotWrite(let path, let problem)? = error else { Issue.record("no write error"); return }
        #expect(path == blocker.path)
        #expect(problem == .notARegularFile(.folder))
        let left = try entries(folder)
        #expect(!left.contains { $0.hasPrefix(".") || $0.hasSuffix(".tmp") })
        #expect(left.isSubset(of: ["report.html", "summary.csv", "specialties.csv", "regions.csv", "enterprises.csv"]))
        #expect(try String(contentsOf: blocker.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
    }

    @Test func aReportThatCannotBeRenderedWritesNothing() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var report = ReportFixture.report(.en)
        report.summary.meanFit = .nan  // JSON has no NaN
        let error = #expect(throws: ReportWriteError.self) { try ReportWriter().write(report, to: folder) }
        guard case .cannotRender(let file, _)? = error else { Issue.record("no render error"); return }
        #expect(file == "report.json")
        #expect(try entries(folder).isEmpty)
    }
}
