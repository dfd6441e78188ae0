import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
import Profiles
import TestSupport
import Testing
@testable import WebApp
#if canImport(Glibc)
import Glibc
#endif

/// Each role's main task in a real browser: headless Chromium driven by Debian's chromedriver over the
/// W3C WebDriver protocol, against the server on a free port. Screenshots go to `.build/screenshots/`.
@Suite(.serialized) struct BrowserTests {
    static let screenshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/screenshots")

    @Test(.timeLimit(.minutes(5))) func everyRoleDoesItsMainTaskInChromium() async throws {
        // Given the app with a password for each staff role and a code for a pupil
        let fixture = try await WebFixture()
        let store = fixture.engine.store
        let logins: [(String, AccountRole)] = [("browser-counsellor", .counsellor(schoolID: WebFixture.ownSchool)),
                                               ("browser-employer", .employer(enterpriseID: "saran-tyres")),
                                               ("browser-department", .department(regionID: "karaganda"))]
        for (login, role) in logins { try store.createAccount(login: login, passwordHash: Passwords.hash("browser password 1"), role: role) }
        try store.storeSignInCodes([(fixture.ownPupil.id, SecretToken.hash("BRWSR23456"))], expiresAt: Date().addingTimeInterval(600))
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let profiles = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profiles) }

        let driverPort = try Self.freePort()
        let driver = Process()
        driver.executableURL = URL(fileURLWithPath: "/usr/bin/chromedriver")
        driver.arguments = ["--port=\(driverPort)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        // Polled, not waitUntilExit(): that waits on a run loop, which an async test does not run.
        defer {
            driver.terminate()
            for _ in 0..<50 where driver.isRunning { usleep(100_000) }
            if driver.isRunning { kill(driver.processIdentifier, SIGKILL) }
        }
        let http = HTTPClient.shared
        try await Self.waitForDriver(http, port: driverPort)

        try await fixture.app().test(.live) { client in
            let site = "http://127.0.0.1:\(client.port!)"
            var number = 0
            func browser(_ name: String, _ body: (WebDriver) async throws -> Void) async throws {
                number += 1
                let web = try await WebDriver.start(client: http, driverPort: driverPort, profile: profiles.appendingPathComponent(name))
                do {
                    try await body(web)
                    try await web.quit()
                } catch {
                    try? await web.screenshot(to: Self.screenshots.appendingPathComponent("failed-\(name).png"))
                    try? await web.quit()
                    throw error
                }
            }
            /// The sign-in page, switched to Russian (the browser asks for English): the choice is remembered.
            func openSignIn(_ web: WebDriver) async throws {
                try await web.open(site + "/login")
                try await web.click("a[hreflang=ru]")
                try await web.waitFor("html[lang=ru] #login-submit")
            }
            func signIn(_ web: WebDriver, _ login: String) async throws {
                try await openSignIn(web)
                try await web.type("input[name=login]", login)
                try await web.type("input[name=password]", "browser password 1")
                try await web.click("#login-submit")
                try await web.waitFor("form[action='/logout']")
            }

            // A pupil signs in with the printed code, answers the questionnaire and sees recommendations
            try await browser("pupil") { web in
                try await openSignIn(web)
                try await web.type("input[name=code]", "brwsr-23456")
                try await web.click("#code-submit")
                try await web.waitFor("form[action='/logout']")
                #expect(try await web.currentURL().hasSuffix("/pupil"))
                try await web.open(site + "/pupil/questionnaire")
                for radio in try await web.elements("fieldset.item input[value=\"3\"]") { try await web.click(element: radio) }
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("1-pupil-questionnaire.png"))
                try await web.click("#questionnaire-submit")
                try await web.waitFor("section.recommendation")
                #expect(try await web.currentURL().hasSuffix("/pupil"))
                #expect(try await web.text().contains("Рекомендованные мне специальности"))
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("2-pupil-recommendations-ru.png"))
                // The grades form: a 5 in maths, stored, the recommendations made again from it
                try await web.click("select[name=grade-math] option[value='5']")
                try await web.click("#grades-submit")
                try await web.waitFor("section.recommendation")
                try await web.scroll(to: "form.grades")
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("2a-pupil-grades.png"))
                // The printed result, with its language switch
                try await web.open(site + "/pupil/print")
                try await web.click("a[hreflang=en]")
                try await web.waitFor("html[lang=en]")
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("2b-pupil-print-en.png"))
            }
            #expect(try store.answers(of: fixture.ownPupil.id) != nil)
            #expect(try store.student(id: fixture.ownPupil.id)?.grades["math"] == 5)

            // A counsellor imports a class file with a bad row, sees the line's problem, then a clean file
            try await browser("counsellor") { web in
                try await signIn(web, "browser-counsellor")
                let header = (Student.csvColumns + Student.schoolColumns).joined(separator: ",")
                let good = "br-9a-01,school,9,karaganda,Saran,urban,none,2011,yes,,,math:5,R:0.8;I:0.6;A:0.2;S:0.3;E:0.4;C:0.5,,kk;ru,kk,female,\(WebFixture.ownSchool),9A"
                let bad = "br-9a-02,school,9,karaganda,Saran,urban,none,2011,yes,,,math:9,R:0.8;I:0.6;A:0.2;S:0.3;E:0.4;C:0.5,,kk;ru,kk,male,\(WebFixture.ownSchool),9A"
                try await web.type("#import-text", [header, good, bad].joined(separator: "\n"))
                try await web.click("#import-submit")
                try await web.waitFor(".import-problems")
                let problems = try await web.text()
                #expect(problems.contains("class.csv:3"))
                #expect(problems.contains("ничего не сохранено"))
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("3-counsellor-import-problem.png"))
                try await web.type("#import-text", [header, good].joined(separator: "\n"))
                try await web.click("#import-submit")
                try await web.waitFor(".notice")
                #expect(try await web.text().contains("новых 1"))
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("4-counsellor-import-stored.png"))
                // The page in Kazakh, then in Russian again, through the switch
                try await web.click("a[hreflang=kk]")
                try await web.waitFor("html[lang=kk]")
                #expect(try await web.text().contains("Сыныптар"))
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("5-counsellor-kk.png"))
                try await web.open(site + "/counsellor/classes/9A")
                #expect(try await web.text().contains("br-9a-01"))
                try await web.click("a[hreflang=ru]")
                try await web.waitFor("html[lang=ru]")
                #expect(try await web.text().contains("Классы"))
                // A pupil's page, worded for the counsellor
                try await web.open(site + "/counsellor/pupils/br-9a-01")
                try await web.waitFor("form[action$='/consent']")
                #expect(try await web.text().contains("Специальности, рекомендованные ученику br-9a-01"))
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("5a-counsellor-pupil.png"))
            }
            #expect(try store.student(id: "br-9a-01") != nil && store.student(id: "br-9a-02") == nil)

            // An employer creates a vacancy with the skill picker and sees its shortlist
            try await browser("employer") { web in
                try await signIn(web, "browser-employer")
                try await web.type("input[name=title_kk]", "Дәнекерлеуші")
                try await web.type("input[name=title_ru]", "Сварщик")
                try await web.type("input[name=title_en]", "Welder")
                try await web.type("#skill-search-0", "сварка")
                try await web.waitFor(".skill-option")
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("6-employer-skill-picker.png"))
                try await web.click(".skill-option")
                try await web.click("#vacancy-submit")
                try await web.waitFor("table.shortlist")
                let page = try await web.text()
                #expect(page.contains("Список кандидатов: Сварщик"))
                #expect(page.contains("Ручная дуговая сварка"))
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("7-employer-shortlist.png"))
            }

            // A department opens its region's report
            try await browser("department") { web in
                try await signIn(web, "browser-department")
                try await web.click("a[hreflang=kk]")
                try await web.waitFor("html[lang=kk]")
                #expect(try await web.text().contains("Өңір бойынша есеп"))
                try await web.click("#region-report")
                try await web.waitFor("svg")
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("8-department-report-kk.png"))
                #expect(try await web.currentURL().hasSuffix("/department/report"))
                // An allocation run for the region, its summary and the list of runs
                try await web.open(site + "/department/allocation")
                try await web.click("#allocation-submit")
                try await web.waitFor(".run-summary")
                try await web.scroll(to: ".run-summary")
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("9-department-allocation-kk.png"))
                try await web.scroll(to: ".earlier-runs")
                try await web.screenshot(to: Self.screenshots.appendingPathComponent("9a-department-allocation-runs-kk.png"))
            }
            #expect(try fixture.engine.regionAllocations("karaganda").count == 1)
        }
    }

    static func waitForDriver(_ http: HTTPClient, port: Int) async throws {
        for _ in 0..<100 {
            if let ready = try? await WebDriver.send(http, "GET", "http://127.0.0.1:\(port)/status", nil),
               (ready["value"] as? [String: Any])?["ready"] as? Bool == true { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw WebDriver.Failure(description: "chromedriver did not start on port \(port)")
    }

    /// A port nothing listens on: bound to 0 and released.
    static func freePort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
