import Foundation
import ScoringCore
import Testing
import Profiles
@testable import Guidance
@testable import Presentation
import Localization
import Matcher

/// Opens the page in a real browser. Runs only where Chromium is installed.
@Suite("HTML report in a browser")
struct ReportBrowserTests {
    static let chromium = "/usr/bin/chromium"

    @Test(arguments: [Language.kk, .ru])
    func chromiumRendersTheReport(language: Language) throws {
        // Given the report written to a folder
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = try ReportWriter().write(ReportFixture.report(language), to: folder)[0]
        let screenshot = folder.appendingPathComponent("report.png")
        // When headless Chromium takes a screenshot of it
        let status = try Self.run(Self.chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--screenshot=\(screenshot.path)", "--window-size=1280,2400", html.absoluteString,
        ], timeout: 120)
        // Then it succeeds and the PNG is a real picture, not a blank page
        #expect(status == 0)
        let png = try Data(contentsOf: screenshot)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 50_000)
    }

    /// Runs a program to its end, killing it after `timeout` seconds; returns its exit status.
    static func run(_ program: String, _ arguments: [String], timeout: TimeInterval) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            Issue.record("\(program) did not finish within \(Int(timeout)) s")
        }
        return process.terminationStatus
    }
}
