import Foundation
import Testing
import TestSupport

/// The shard mode (Docs/Distributed.md): `snapshot`, `shard` and `merge`, and the PySpark driver on a
/// local Spark, against the one-machine `report`.
@Suite("Distributed run: shards on Spark write the report match-cli writes", .serialized)
struct DistributedRunTests {
    /// The interpreter with pyspark that `.ci/run` sets up: `MATCH_PYTHON`, else the repository's `.venv`.
    static var python: String {
        if let path = ProcessInfo.processInfo.environment["MATCH_PYTHON"], !path.isEmpty { return path }
        return Fixtures.shippedData.deletingLastPathComponent().appendingPathComponent(".venv/bin/python").path
    }

    static let driver = Fixtures.shippedData.deletingLastPathComponent().appendingPathComponent("Distributed/spark/match_on_spark.py").path

    /// A database of the shipped catalogue with `students` generated students imported from `students.csv`,
    /// and the snapshot of its catalogue in `snapshot.json`.
    static func prepare(students: Int, seed: Int) throws -> CLIRunner {
        let runner = try CLIRunner()
        let data = Fixtures.shippedData
        for arguments in [["init", "--students", "0"], ["generate", "--students", String(students), "--seed", String(seed), "--out", "students.csv"],
                          ["import", "students.csv"], ["snapshot", "--out", "snapshot.json"]] {
            let result = try runner.run(arguments, data: data)
            #expect(result.status == 0, "match-cli \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return runner
    }

    /// Every file of the report in `folder`, by name.
    static func files(in folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: folder.appendingPathComponent($0))) })
    }

    /// `match-cli` with standard input from `input` (a file in the runner's folder).
    static func run(_ arguments: String, input: String, in runner: CLIRunner) throws -> CLIRunner.Result {
        try runner.run(["-c", "'\(CLIRunner.executable.path)' \(arguments) < \(input)"], data: Fixtures.shippedData,
                       executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @Test func sparkRunEqualsOneMachineByteForByte() throws {
        // Given a cohort of 20,000 in a database, its report written by one machine, and the snapshot
        let runner = try Self.prepare(students: 20_000, seed: 16)
        let single = try runner.run(["report", "--out", "single"], data: Fixtures.shippedData)
        try #require(single.status == 0, "\(single.stderr)")
        try #require(FileManager.default.isExecutableFile(atPath: Self.python),
                     "no Python at \(Self.python): run .ci/run (it creates .venv with pyspark) or set MATCH_PYTHON")
        // When the driver runs two shards on Spark local[2] and merges them
        let spark = try runner.run([Self.driver, "--master", "local[2]", "--partitions", "2", "--binary", CLIRunner.executable.path,
                                    "--snapshot", "snapshot.json", "--students", "students.csv", "--out", "spark", "--merged", "merged.jsonl"],
                                   data: Fixtures.shippedData, executable: URL(fileURLWithPath: Self.python))
        try #require(spark.status == 0, "the Spark driver failed (pyspark and Java 17 are needed: .ci/run installs them):\n\(spark.stderr.suffix(3000))")
        // Then every report file is the same, byte for byte
        let expected = try Self.files(in: runner.folder.appendingPathComponent("single"))
        let merged = try Self.files(in: runner.folder.appendingPathComponent("spark"))
        #expect(expected.count >= 5 && Set(merged.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(merged[name] == bytes, "\(name) differs") }
        // and the merged lines hold each student once and the shards' counts summed
        let lines = try String(contentsOf: runner.folder.appendingPathComponent("merged.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("{\"student\"") }.count == 20_000)
        #expect(lines.filter { $0.contains("\"students\":20000") }.count == 1)
    }
}

@Suite("Shard commands: snapshot, shard and merge refuse what they cannot trust")
struct ShardCommandTests {
    @Test func shardsMergedInAnyOrderEqualTheReport() throws {
        // Given 300 students split in three shards
        let runner = try DistributedRunTests.prepare(students: 300, seed: 4)
        let rows = try String(contentsOf: runner.folder.appendingPathComponent("students.csv"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let parts = [Array(rows[1..<120]), Array(rows[120..<250]), Array(rows[250...])]
        var outputs: [String] = []
        for (number, part) in parts.enumerated() {
            try ([rows[0]] + part).joined(separator: "\n").write(to: runner.folder.appendingPathComponent("part\(number).csv"), atomically: true, encoding: .utf8)
            let shard = try DistributedRunTests.run("shard --snapshot snapshot.json", input: "part\(number).csv", in: runner)
            try #require(shard.status == 0, "\(shard.stderr)")
            outputs.append(shard.stdout)
        }
        // When they are merged last shard first
        try outputs.reversed().joined().write(to: runner.folder.appendingPathComponent("shards.jsonl"), atomically: true, encoding: .utf8)
        let merge = try runner.run(["merge", "--snapshot", "snapshot.json", "--students", "students.csv", "--shards", "shards.jsonl", "--out", "merged"],
                                   data: Fixtures.shippedData)
        try #require(merge.status == 0, "\(merge.stderr)")
        // Then the report is the one-machine report
        let single = try runner.run(["report", "--out", "single"], data: Fixtures.shippedData)
        try #require(single.status == 0)
        let expected = try DistributedRunTests.files(in: runner.folder.appendingPathComponent("single"))
        let merged = try DistributedRunTests.files(in: runner.folder.appendingPathComponent("merged"))
        #expect(!expected.isEmpty && Set(merged.keys) == Set(expected.keys))
        for (name, bytes) in expected { #expect(merged[name] == bytes, "\(name) differs") }

        // When a shard is left out, the merge refuses, naming a student no shard reported
        try outputs.dropFirst().joined().write(to: runner.folder.appendingPathComponent("partial.jsonl"), atomically: true, encoding: .utf8)
        let partial = try runner.run(["merge", "--snapshot", "snapshot.json", "--students", "students.csv", "--shards", "partial.jsonl", "--out", "partial"],
                                     data: Fixtures.shippedData, environment: ["MATCH_LANG": "en"])
        #expect(partial.status == 1 && partial.stderr.contains("no shard reported 119 of the students"), "\(partial.stderr)")
    }

    @Test func aChangedSnapshotOrAnInvalidStudentIsRefused() throws {
        let runner = try DistributedRunTests.prepare(students: 20, seed: 9)
        let snapshot = runner.folder.appendingPathComponent("snapshot.json")
        let original = try Data(contentsOf: snapshot)
        let students = try String(contentsOf: runner.folder.appendingPathComponent("students.csv"), encoding: .utf8)
        func shard(_ input: String, format: String = "csv") throws -> CLIRunner.Result {
            try input.write(to: runner.folder.appendingPathComponent("input"), atomically: true, encoding: .utf8)
            return try DistributedRunTests.run("shard --lang en --input \(format) --snapshot snapshot.json", input: "input", in: runner)
        }

        // Given a student whose region is misspelt on line 3, then one JSON line with an unknown key
        let lines = students.split(separator: "\n")
        var cells = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[3] = "karagand"  // the region column
        let invalid = try shard("\(lines[0])\n\(lines[1])\n\(cells.joined(separator: ","))\n")
        // Then the shard says the line, field and reason, as import does, and writes nothing
        #expect(invalid.status == 1 && invalid.stdout.isEmpty)
        #expect(invalid.stderr.contains("stdin:3: field 'region' = 'karagand'"), "\(invalid.stderr)")
        let json = try shard("{\"id\": \"st-x-1\", \"colour\": \"red\"}\n", format: "jsonl")
        #expect(json.status == 1 && json.stderr.contains("stdin:1") && json.stderr.contains("'colour'"), "\(json.stderr)")
        #expect(try shard(students).status == 0)

        // When one byte of the catalogue changes, the checksum no longer matches
        var bytes = original
        bytes[bytes.lastIndex(of: UInt8(ascii: "a"))!] = UInt8(ascii: "b")
        try bytes.write(to: snapshot)
        let changed = try shard(students)
        #expect(changed.status == 1 && changed.stderr.contains("checksum does not match"), "\(changed.stderr)")

        // When the snapshot names another model version, it is refused
        let other = String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\"modelVersion\":\"", with: "\"modelVersion\":\"1999.")
        try Data(other.utf8).write(to: snapshot)
        let model = try shard(students)
        #expect(model.status == 1 && model.stderr.contains("was made under model version 1999."), "\(model.stderr)")
    }
}
