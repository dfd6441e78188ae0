import Foundation
import ScoringCore
import TestSupport

/// Runs the built `match-cli` as a person would, with a private default database and data folder.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let executable: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.map { $0.appendingPathComponent("match-cli") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? URL(fileURLWithPath: ".build/debug/match-cli")
    }()

    let folder: URL
    let database: String

    init() throws {
        folder = try Fixtures.temporaryDirectory()
        database = folder.appendingPathComponent("default.sqlite").path
    }

    /// Starts `match-cli arguments…` in `folder` without waiting, its output discarded.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A long-running `match-cli arguments…` (a server) in `folder`, not started yet, whose standard
    /// output is collected as it comes.
    func serving(_ arguments: [String], data: URL) -> ServerProcess {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        for name in ["MATCH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment["MATCH_DB"] = database
        environment["MATCH_DATA"] = data.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return ServerProcess(process)
    }

    /// Runs `match-cli arguments…` in `folder`, with the fixture catalogue as Data/ and a private default database.
    @discardableResult
    func run(_ arguments: [String], data: URL = Fixtures.catalogue, environment extra: [String: String] = [:],
             executable: URL = CLIRunner.executable) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        // Help and messages follow these (InterfaceLanguage): a test names the one it wants.
        for name in ["MATCH_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { environment[name] = nil }
        environment["MATCH_DB"] = database
        environment["MATCH_DATA"] = data.path
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        // Nothing to read: a command that asks (the questionnaire) sees the input end at once.
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both streams are read at once: a command that fills one pipe (a thousand problem lines on
        // standard error) while the other is being read to its end would wait for ever.
        nonisolated(unsafe) var stderr = Data()
        let stderrRead = DispatchSemaphore(value: 0)
        Thread {
            stderr = err.fileHandleForReading.readDataToEndOfFile()
            stderrRead.signal()
        }.start()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderrRead.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A server started by a test, with what it has printed so far.
final class ServerProcess: @unchecked Sendable {
    let run: Process
    private let lock = NSLock()
    private var collected = Data()

    init(_ process: Process) {
        run = process
        let pipe = Pipe()
        process.standardOutput = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock(); self.collected.append(data); self.lock.unlock()
        }
    }

    func output() -> String {
        lock.lock(); defer { lock.unlock() }
        return String(decoding: collected, as: UTF8.self)
    }

    /// Polls until the output contains `text`, the process ends, or `seconds` pass.
    func waitForOutput(containing text: String, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if output().contains(text) { return true }
            if !run.isRunning { return output().contains(text) }
            usleep(100_000)
        }
        return false
    }
}
