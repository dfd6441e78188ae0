import Foundation
import Testing
import Localization
import Profiles
@testable import Presentation
import TestSupport

/// A full disk under the one writer every output goes through (`AtomicFile`), tried on every run: the
/// temporary's bytes go to /dev/full, which fails each write with ENOSPC as a full disk does, and needs
/// no mount or privilege. (`PathsAndProcessesTests` also fills a real tmpfs where the system allows a
/// private mount; this test does not depend on that.)
@Suite("A full disk under AtomicFile")
struct FullDiskWriterTests {
    static let device = "/dev/full"

    /// What is in `folder` besides `kept`.
    func leftovers(in folder: URL, besides kept: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !kept.contains($0) }
    }

    @Test("a full disk gives FileProblem.diskFull naming the file asked for, replaces nothing and leaves no temporary")
    func aFullDiskIsAClearErrorAndLeavesNothing() throws {
        #expect(FileManager.default.fileExists(atPath: Self.device), "/dev/full is on every Linux system")
        let folder = try Fixtures.temporaryDirectory()
        let old = folder.appendingPathComponent("summary.csv"), other = folder.appendingPathComponent("regions.csv")
        try Data("old\n".utf8).write(to: old)
        // Several files at once (a report): none replaced
        let many = #expect(throws: FileWriteError.self) {
            try AtomicFile.write([(old.path, Data("new\n".utf8)), (other.path, Data("b\n".utf8))], through: Self.device)
        }
        #expect(many == FileWriteError(path: old.path, problem: .diskFull))
        // A file written chunk by chunk (generate, assign): the same
        let streamed = #expect(throws: FileWriteError.self) {
            try AtomicFile.write(to: other.path, through: Self.device) { append in
                for _ in 0..<10 { try append(Data(repeating: 65, count: 1 << 16)) }
            }
        }
        #expect(streamed == FileWriteError(path: other.path, problem: .diskFull))
        #expect(try String(contentsOf: old, encoding: .utf8) == "old\n")
        #expect(try leftovers(in: folder, besides: ["summary.csv"]).isEmpty)
        // And it is said in each language with what to do
        #expect(Words(.ru).describe(many!) == "не удаётся записать \(old.path): на диске нет места; освободите место и повторите")
        #expect(Words(.kk).describe(streamed!)?.contains("дискіде орын қалмады; орын босатып, қайталаңыз") == true)
        #expect(Words(.en).describe(streamed!) == "cannot write \(other.path): the disk is full; free some space and try again")
    }

    @Test("without a device the same calls write the file whole")
    func theSameCallsWriteWithoutTheDevice() throws {
        let folder = try Fixtures.temporaryDirectory()
        let file = folder.appendingPathComponent("a.csv")
        try AtomicFile.write([(file.path, Data("a\n".utf8))], through: nil)
        #expect(try String(contentsOf: file, encoding: .utf8) == "a\n")
        #expect(try leftovers(in: folder, besides: ["a.csv"]).isEmpty)
    }
}
