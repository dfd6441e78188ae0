import AsyncHTTPClient
import Foundation
import NIOCore

/// A W3C WebDriver client for Debian's chromedriver driving headless Chromium: only the commands the
/// browser tests use.
struct WebDriver {
    struct Failure: Error, CustomStringConvertible { let description: String }

    let client: HTTPClient
    let base: String
    let session: String

    /// Starts a browser session (a fresh profile, phone-sized window).
    static func start(client: HTTPClient, driverPort: Int, profile: URL) async throws -> WebDriver {
        let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome",
            "goog:chromeOptions": ["binary": "/usr/bin/chromium",
                                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                                            "--window-size=412,915", "--user-data-dir=\(profile.path)", "--lang=ru"]],
        ]]]
        let base = "http://127.0.0.1:\(driverPort)"
        let answer = try await send(client, "POST", base + "/session", capabilities)
        guard let value = answer["value"] as? [String: Any], let session = value["sessionId"] as? String else {
            throw Failure(description: "no session: \(answer)")
        }
        return WebDriver(client: client, base: base, session: session)
    }

    func open(_ url: String) async throws { _ = try await command("POST", "/url", ["url": url]) }

    func element(_ css: String) async throws -> String {
        let answer = try await command("POST", "/element", ["using": "css selector", "value": css])
        guard let value = answer["value"] as? [String: Any], let id = value.values.first as? String, value["error"] == nil else {
            throw Failure(description: "no element \(css): \(answer)")
        }
        return id
    }

    func elements(_ css: String) async throws -> [String] {
        let answer = try await command("POST", "/elements", ["using": "css selector", "value": css])
        return (answer["value"] as? [[String: Any]] ?? []).compactMap { $0.values.first as? String }
    }

    func type(_ css: String, _ text: String) async throws {
        let id = try await element(css)
        _ = try await command("POST", "/element/\(id)/clear", [:])
        _ = try await command("POST", "/element/\(id)/value", ["text": text])
    }

    func click(_ css: String) async throws { try await click(element: try await element(css)) }

    func click(element id: String) async throws { _ = try await command("POST", "/element/\(id)/click", [:]) }

    /// The page's visible text.
    func text() async throws -> String {
        try await command("POST", "/execute/sync", ["script": "return document.body.innerText", "args": []])["value"] as? String ?? ""
    }

    /// Scrolls the first element matching `css` to the top of the window, so a screenshot shows it.
    func scroll(to css: String) async throws {
        _ = try await command("POST", "/execute/sync", ["script": "document.querySelector(arguments[0]).scrollIntoView()", "args": [css]])
    }

    func currentURL() async throws -> String { try await command("GET", "/url", nil)["value"] as? String ?? "" }

    /// Waits (up to `seconds`) until an element matching `css` exists.
    func waitFor(_ css: String, seconds: Double = 10) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await !elements(css).isEmpty { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Failure(description: "\(css) did not appear within \(seconds) s")
    }

    /// A PNG of the window.
    func screenshot(to file: URL) async throws {
        guard let base64 = try await command("GET", "/screenshot", nil)["value"] as? String, let png = Data(base64Encoded: base64) else {
            throw Failure(description: "no screenshot")
        }
        try png.write(to: file)
    }

    func quit() async throws { _ = try await Self.send(client, "DELETE", base + "/session/\(session)", nil) }

    private func command(_ method: String, _ path: String, _ body: [String: Any]?) async throws -> [String: Any] {
        let answer = try await Self.send(client, method, base + "/session/\(session)" + path, body)
        if let value = answer["value"] as? [String: Any], let error = value["error"] as? String {
            throw Failure(description: "\(method) \(path): \(error): \(value["message"] ?? "")")
        }
        return answer
    }

    static func send(_ client: HTTPClient, _ method: String, _ url: String, _ body: [String: Any]?) async throws -> [String: Any] {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        request.headers.add(name: "Content-Type", value: "application/json")
        if let body { request.body = .bytes(ByteBuffer(bytes: Array(try JSONSerialization.data(withJSONObject: body)))) }
        let response = try await client.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        return (try? JSONSerialization.jsonObject(with: Data(bytes.readableBytesView))) as? [String: Any] ?? [:]
    }
}
