import Foundation
import Matcher
import ScoringCore

/// What `match-cli doctor` and `bench --info` show: the CPU, the OpenBLAS kernel and how it was chosen,
/// and the sgemm rate it gives here.
public struct KernelReport: Sendable, Codable {
    public var cpu: BLASKernelInfo.CPU
    public var openBLASConfig: String
    /// The kernel OpenBLAS picked by itself, before the engine's choice.
    public var coreAtLoad: String
    /// The kernel in use.
    public var kernel: String
    public var bestKernel: String?
    public var decision: BLASKernelInfo.Decision
    public var decisionKernel: String?
    /// The decision in words (English; the table words it in the reader's language).
    public var summary: String
    /// `MATCH_BLAS_KERNEL` as understood.
    public var control: String
    /// Whether the kernel in use agrees with a plain loop.
    public var verified: Bool
    /// "start-up" when the engine checked the kernel it chose, "now" when doctor checked OpenBLAS's own.
    public var checked: String
    /// Threads for the all-cores rate: one per active processor.
    public var threads: Int
    /// `cblas_sgemm` GFLOP/s, 1024 × 1024 by depth 256, on one thread and on one thread per core.
    public var gflopsOneThread: Double
    public var gflopsAllCores: Double

    /// Reads the start-up record, checks the kernel if start-up did not, and measures the rates.
    public static func measure() -> KernelReport {
        let info = BLASKernelInfo.current
        let verified = info.verified || BLASKernelInfo.checkKernel() == true
        let threads = ProcessInfo.processInfo.activeProcessorCount
        return KernelReport(
            cpu: info.cpu, openBLASConfig: info.openBLASConfig, coreAtLoad: info.coreAtLoad, kernel: info.kernel,
            bestKernel: info.bestKernel, decision: info.decision, decisionKernel: info.decisionKernel,
            summary: info.summary, control: info.control, verified: verified,
            checked: info.verified ? "start-up" : "now", threads: threads,
            gflopsOneThread: BLASKernelInfo.sgemmGFLOPS(threads: 1).rounded(toPlaces: 1),
            gflopsAllCores: BLASKernelInfo.sgemmGFLOPS(threads: threads).rounded(toPlaces: 1)
        )
    }
}
