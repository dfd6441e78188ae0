import Foundation
import Testing

/// `match-cli doctor`: the kernel the engine chooses when OpenBLAS falls back to its generic one.
@Suite("match-cli doctor", .serialized)
struct DoctorTests {
    /// The part of `doctor --format json` these tests read.
    struct Report: Decodable {
        struct CPU: Decodable { var features: [String] }
        var cpu: CPU
        var coreAtLoad: String
        var kernel: String
        var bestKernel: String?
        var decision: String
        var decisionKernel: String?
        var verified: Bool
        var gflopsOneThread: Double
    }

    func doctor(_ environment: [String: String]) throws -> Report {
        let result = try CLIRunner().run(["doctor", "--format", "json"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    @Test func aGenericKernelAtLoadIsReplacedByTheBestForThisCPU() throws {
        // Given OpenBLAS starting on Prescott, as it does on CPUs it does not know (OpenMathLib/OpenBLAS#4267)
        // When match-cli starts
        let report = try doctor(["OPENBLAS_CORETYPE": "Prescott", "MATCH_BLAS_KERNEL": "auto"])

        // Then it re-executed itself on the best kernel for this CPU, checked
        let best = try #require(report.bestKernel, "this CPU has nothing better than the generic kernel")
        #expect(report.coreAtLoad == "Prescott")
        #expect(report.kernel == best && report.kernel != "Prescott")
        #expect(report.decision == "upgraded" && report.decisionKernel == "Prescott")
        #expect(report.verified)
        #expect(report.gflopsOneThread > 0)
    }

    @Test func keepLeavesOpenBLASsOwnChoice() throws {
        let report = try doctor(["OPENBLAS_CORETYPE": "Prescott", "MATCH_BLAS_KERNEL": "keep"])
        #expect(report.coreAtLoad == "Prescott" && report.kernel == "Prescott")
        #expect(report.decision == "left-alone")
    }

    @Test func aForcedKernelThatCrashesIsRejected() throws {
        let cpu = try doctor(["MATCH_BLAS_KERNEL": "keep"]).cpu
        // Only a CPU without AVX-512 shows it: SkylakeX stops there at its first AVX-512 instruction.
        guard !cpu.features.contains("avx512f") else { return }

        let report = try doctor(["MATCH_BLAS_KERNEL": "SkylakeX"])
        #expect(report.decision == "rejected" && report.decisionKernel == "SkylakeX")
        #expect(report.kernel != "SkylakeX" && report.kernel == report.coreAtLoad)
    }
}
