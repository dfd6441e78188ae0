@testable import ScoringCore
import Profiles
import Foundation
import Testing


@Suite("NPY files")
struct NPYFileTests {
    /// A fresh path in a temporary folder.
    func temporaryPath(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("npy-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    /// A `.npy` file built by hand from a header dict and payload bytes.
    func handMade(_ dict: String, payload: [UInt8], version: UInt8 = 1) throws -> String {
        var header = Array(dict.utf8) + [UInt8(ascii: "\n")]
        let lengthBytes = version == 1 ? 2 : 4
        while (10 - 2 + lengthBytes + header.count) % 64 != 0 { header.insert(UInt8(ascii: " "), at: header.count - 1) }
        let length = (0..<lengthBytes).map { UInt8((header.count >> (8 * $0)) & 0xFF) }
        let path = temporaryPath("hand.npy")
        try Data([0x93] + Array("NUMPY".utf8) + [version, 0] + length + header + payload).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("float32 matrices round-trip")
    func floatRoundTrip() throws {
        var generator = SplitMix64(seed: 1)
        let matrix = try Oracle.randomMatrix(rows: 7, columns: 5, using: &generator)
        let path = temporaryPath("m.npy")

        try matrix.writeNPY(to: path)

        #expect(try DenseMatrix(npyFile: path) == matrix)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect((bytes.count - 7 * 5 * 4) % 64 == 0, "data starts 64-byte aligned")
    }

    @Test("int64 matrices round-trip, including empty ones", arguments: [(3, 4), (0, 4), (2, 0)])
    func int64RoundTrip(rows: Int, columns: Int) throws {
        let values = (0..<rows * columns).map { Int64($0) - 5 }
        let path = temporaryPath("i.npy")

        try NPYFile.write(values, rows: rows, columns: columns, to: path)
        let read = try NPYFile.read(Int64.self, from: path)

        #expect(read.rows == rows && read.columns == columns && read.values == values)
    }

    @Test("format version 2 headers are read")
    func version2() throws {
        let payload = [Float(1.5), -2].withUnsafeBytes { Array($0) }
        let path = try handMade("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2), }", payload: payload, version: 2)

        #expect(try DenseMatrix(npyFile: path).storage == [1.5, -2])
    }

    @Test("bad files are refused, naming the file and the reason", arguments: [
        ("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1), }", 8, NPYError.Reason.wrongDType(expected: "<f4", found: "<f8")),
        ("{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }", 16, .fortranOrder),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }", 16, .wrongRank(shape: [4])),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3, 1), }", 24, .wrongRank(shape: [2, 3, 1])),
        ("{'descr': '<f4', 'shape': (1, 1), }", 4, .malformedHeader("no 'fortran_order' key")),
    ])
    func refused(dict: String, payloadBytes: Int, reason: NPYError.Reason) throws {
        let path = try handMade(dict, payload: Array(repeating: 0, count: payloadBytes))

        #expect(throws: NPYError(file: path, reason: reason)) { try DenseMatrix(npyFile: path) }
    }

    @Test("a file shorter than its shape needs is refused as truncated")
    func truncated() throws {
        let path = try handMade("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 3), }", payload: Array(repeating: 0, count: 20))
        let size = try Data(contentsOf: URL(fileURLWithPath: path)).count

        #expect(throws: NPYError(file: path, reason: .truncated(expectedBytes: size - 20 + 36, actualBytes: size))) {
            try DenseMatrix(npyFile: path)
        }
    }

    @Test("non-finite values are refused with their position")
    func nonFinite() throws {
        let payload = [Float(1), 2, .infinity, .nan].withUnsafeBytes { Array($0) }
        let path = try handMade("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }", payload: payload)

        #expect(throws: NPYError(file: path, reason: .invalidValues(.nonFiniteValue(row: 1, column: 0, value: .infinity)))) {
            try DenseMatrix(npyFile: path)
        }
    }

    @Test("files that are not .npy or missing are refused")
    func notNPY() throws {
        let path = temporaryPath("text.npy")
        try Data("hello, world".utf8).write(to: URL(fileURLWithPath: path))

        #expect(throws: NPYError(file: path, reason: .notNPY)) { try DenseMatrix(npyFile: path) }
        #expect {
            try DenseMatrix(npyFile: path + ".missing")
        } throws: { error in
            guard let error = error as? NPYError, case .unreadable = error.reason else { return false }
            return error.description.hasPrefix(path + ".missing")
        }
    }
}
