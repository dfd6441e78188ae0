import Foundation
import Testing
import Profiles
import ScoringCore
import TestSupport

/// Every command line the README shows and every example in every command's `--help` is run, in order,
/// as a person would paste it into a shell: in a fresh folder, on a private default database built from
/// the shipped `Data/`, with `match-cli` on the PATH. An example that exits non-zero fails the test.
@Suite("Every example in the README and in --help runs", .serialized)
struct ExamplesTests {
    static let readme = Fixtures.shippedData.deletingLastPathComponent().appendingPathComponent("README.md")

    /// README lines that are not `match-cli` examples, each with why this test does not run it.
    static let notRunHere: [(prefix: String, why: String)] = [
        ("swift test --sanitize", "a sanitizer build of the whole suite"),
        ("swift test", "the test suite itself"),
        ("swift build -c release", "a release build, minutes long; the suite runs the debug build"),
        ("pip install", "installs the benchmark's peers from PyPI"),
        ("python3 ../shared/bench/peers.py", "the benchmark against Faiss, minutes long (Docs/Performance.md)"),
        ("LSAN_OPTIONS=", "a sanitizer build of the whole suite"),
        ("FUZZ_SEEDS=", "a long run of a test that runs here with fewer seeds"),
        ("cd Benchmarks", "the nested benchmark package, never built by CI"),
        ("spark-submit", "the Spark driver on a release build; DistributedRunTests runs it on the debug build"),
    ]

    /// Shell lines of the README's `sh` blocks, continuation lines joined.
    static func readmeLines() throws -> [String] {
        var lines: [String] = [], inBlock = false, pending = ""
        for line in try String(contentsOf: readme, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inBlock = line == "```sh"; continue }
            guard inBlock else { continue }
            let text = pending + line.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("\\") { pending = String(text.dropLast()) + " "; continue }
            pending = ""
            if !text.isEmpty { lines.append(text) }
        }
        return lines
    }

    /// The `match-cli` command in a README line: the line itself, or what follows `swift run … match-cli`
    /// in the Quick start's install-and-run chain; nil for the lines `notRunHere` lists.
    static func example(in line: String) throws -> String? {
        if line.hasPrefix("match-cli ") { return line }
        if let range = line.range(of: "swift run -c release match-cli ") { return "match-cli " + line[range.upperBound...] }
        guard notRunHere.contains(where: { line.hasPrefix($0.prefix) }) else {
            throw ExampleError(description: "README line is neither a match-cli example nor listed as not run here: \(line)")
        }
        return nil
    }

    struct ExampleError: Error, CustomStringConvertible { var description: String }

    @Test func everyExampleRuns() throws {
        let runner = try CLIRunner()
        let data = Fixtures.shippedData
        // Given the input files the examples name
        try prepareInputs(in: runner)
        // When every README example runs, then every --help example of every command
        var examples = try Self.readmeLines().compactMap(Self.example)
        #expect(examples.count >= 20, "the README's examples were not found")
        let commands = try subcommands(runner)
        #expect(commands.contains("shortlist") && commands.contains("report"))
        // A command with subcommands of its own (`skills search`) shows its examples and theirs; COLUMNS keeps
        // a long example on one line, as argument-parser would otherwise wrap it at 80 columns.
        var pending = commands.map { [$0] }
        while let command = pending.first {
            pending.removeFirst()
            let help = try runner.run(["help"] + command, data: data, environment: ["MATCH_LANG": "en", "LANG": "C", "COLUMNS": "500"])
            let name = command.joined(separator: " ")
            #expect(help.status == 0, "match-cli help \(name) failed")
            let found = Self.helpExamples(help.stdout)
            #expect(!found.isEmpty, "match-cli help \(name) shows no example")
            examples += found
            pending += Self.subcommands(inHelp: help.stdout).map { command + [$0] }
        }
        #expect(examples.contains { $0.hasPrefix("match-cli skills search ") })
        // Then each exits 0 (a help example the README also shows runs once)
        var seen: Set<String> = []
        for example in examples where seen.insert(example).inserted {
            let result = try shell(example, in: runner, data: data)
            #expect(result.status == 0, "example failed (exit \(result.status)): \(example)\n\(result.stderr.suffix(800))")
        }
    }

    /// The lines under "Example:" / "Examples:" that start with `match-cli`.
    static func helpExamples(_ help: String) -> [String] {
        var found: [String] = [], heading = false, collecting = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text == "Example:" || text == "Examples:" { heading = true; continue }
            guard heading else { continue }
            if Self.isCommand(text) {
                found.append(text)
                collecting = true
            } else if collecting || !text.isEmpty {
                heading = false
                collecting = false
            }
        }
        return found
    }

    /// A `match-cli` command line, perhaps after environment settings (`NAME=value match-cli …`).
    static func isCommand(_ text: String) -> Bool {
        text.wholeMatch(of: /(?:[A-Z_]+=\S+ )*match-cli .*/) != nil
    }

    /// The subcommands `match-cli --help` lists.
    private func subcommands(_ runner: CLIRunner) throws -> [String] {
        Self.subcommands(inHelp: try runner.run(["--help"], environment: ["MATCH_LANG": "en", "LANG": "C"]).stdout)
    }

    /// The subcommands a help text lists under SUBCOMMANDS, if any.
    static func subcommands(inHelp help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        let section = help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
            .prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return section.compactMap { line in
            // A command's line starts with its name two spaces in; wrapped abstracts are indented further.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return name == "help" ? nil : String(name)
        }
    }

    /// Students to import, a vacancies JSON file, the example answer sheets where the README has them
    /// (`Data/examples/`, as in a checkout), and the vectors `bench` reads.
    private func prepareInputs(in runner: CLIRunner) throws {
        let folder = runner.folder
        let examples = folder.appendingPathComponent("Data/examples")
        try FileManager.default.createDirectory(at: examples, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.shippedData.appendingPathComponent("examples/answers.csv"),
                                         to: examples.appendingPathComponent("answers.csv"))
        let students = try runner.run(["generate", "--students", "200", "--seed", "11", "--out", "students.csv"], data: Fixtures.shippedData)
        #expect(students.status == 0, "\(students.stderr)")
        let vacancies = """
            {"vacancies": [{"id": "tengri-tyres-vulcaniser", "enterprise": "tengri-tyres", "title_kk": "Шина вулканизаторының операторы",
              "title_ru": "Прессовщик-вулканизаторщик шин", "title_en": "Tyre curing press operator (vulcaniser)", "kind": "job",
              "region": "karaganda", "headcount": 40, "min_age": 18, "specialties": ["x-tyre-production", "07220700"],
              "requirements": [{"skill": "tyre-curing", "level": 3, "importance": 3, "must_have": true}]}]}
            """
        try Data(vacancies.utf8).write(to: folder.appendingPathComponent("vacancies.json"))
        let texts = "Требуется сборщик покрышек, опыт от 1 года.\nЗнание охраны труда обязательно.\n---\nШина зауытына вулканизаторшы қажет, 5 адам. Еңбек қауіпсіздігін білу міндетті.\n"
        try Data(texts.utf8).write(to: folder.appendingPathComponent("texts.txt"))
        let postings = """
            [{"@context": "https://schema.org", "@type": "JobPosting", "title": "Прессовщик-вулканизаторщик",
              "description": "Вулканизация шин. Знание ТБ обязательно.", "hiringOrganization": {"@type": "Organization", "name": "Tengri Tyres"},
              "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Сарань"}}, "totalJobOpenings": 4}]
            """
        try Data(postings.utf8).write(to: folder.appendingPathComponent("postings.jsonld"))
        var random = SplitMix64(seed: 5)
        for (name, rows) in [("Q.npy", 300), ("I.npy", 200)] {
            let values = (0..<rows * 16).map { _ in Float(random.unit()) }
            try NPYFile.write(values, rows: rows, columns: 16, to: folder.appendingPathComponent(name).path)
        }
    }

    /// Runs one example line with `sh`, `match-cli` on the PATH and `/tmp/` read as the test's folder.
    private func shell(_ line: String, in runner: CLIRunner, data: URL) throws -> CLIRunner.Result {
        if line.hasPrefix("match-cli serve") { return try serve(line, in: runner, data: data) }
        let command = line.replacingOccurrences(of: "/tmp/", with: runner.folder.path + "/")
        let path = CLIRunner.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try runner.run(["-c", command], data: data, environment: ["PATH": path], executable: URL(fileURLWithPath: "/bin/sh"))
    }

    /// A `serve` example runs until it prints where it listens, then gets SIGTERM and must stop cleanly
    /// (exit 0). It listens on a free port (`--port 0`), never on a shared machine's 8080.
    private func serve(_ line: String, in runner: CLIRunner, data: URL) throws -> CLIRunner.Result {
        var arguments = line.split(separator: " ").dropFirst().map(String.init)
        if let port = arguments.firstIndex(of: "--port") { arguments.removeSubrange(port...port + 1) }
        let process = runner.serving(arguments + ["--port", "0"], data: data)
        try process.run.run()
        let listening = process.waitForOutput(containing: "http://127.0.0.1:", seconds: 600)
        kill(process.run.processIdentifier, SIGTERM)
        for _ in 0..<300 where process.run.isRunning { usleep(100_000) }
        if process.run.isRunning { kill(process.run.processIdentifier, SIGKILL); usleep(200_000) }
        #expect(listening, "\(line) never said where it listens")
        return CLIRunner.Result(status: process.run.isRunning ? -1 : process.run.terminationStatus, stdout: process.output(), stderr: "")
    }
}
